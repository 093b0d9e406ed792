using SkiaSharp;
using Svg.Skia;

namespace PartyAtlas.Api.Maps;

/// <summary>Rasterises an SVG figure to PNG with SkiaSharp and Svg.Skia (no browser), at the figure's own size.</summary>
internal static class SvgRaster
{
    public static byte[] Png(string svg)
    {
        using var document = new SKSvg();
        using var picture = document.FromSvg(svg) ?? throw new InvalidOperationException("The SVG figure did not parse.");
        var size = picture.CullRect;
        var info = new SKImageInfo((int)Math.Ceiling(size.Width), (int)Math.Ceiling(size.Height), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawPicture(picture);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
