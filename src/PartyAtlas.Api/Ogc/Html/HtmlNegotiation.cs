using Microsoft.Net.Http.Headers;

namespace PartyAtlas.Api.Ogc.Html;

/// <summary>
/// Whether a request for a resource with a page (the OGC API's, /downloads) wants its HTML page: f=html, or (without f) an Accept header
/// whose most preferred type is text/html, as browsers send. GDAL, QGIS and scripts ask for JSON.
/// </summary>
public static class HtmlNegotiation
{
    public static bool Wanted(HttpRequest request)
    {
        if (request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<HtmlView>() is null)
        {
            return false;
        }

        if (request.Query["f"].FirstOrDefault() is { } f)
        {
            return f == "html";
        }

        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return false;
        }

        // The first of the highest quality wins (OrderByDescending is stable).
        var best = accepted.OrderByDescending(a => a.Quality ?? 1).First();
        return best.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (best.Quality ?? 1) > 0;
    }

    /// <summary>Renders the JSON answer of an OGC resource as its page when the request wants HTML.</summary>
    public static TBuilder OfferHtml<TBuilder>(this TBuilder builder, HtmlPage page) where TBuilder : IEndpointConventionBuilder =>
        builder.OfferHtml((json, request, headers) => OgcHtml.Render(page, json, request, headers));

    /// <summary>Renders the JSON answer of a resource with <paramref name="render"/> when the request wants HTML.</summary>
    public static TBuilder OfferHtml<TBuilder>(this TBuilder builder, HtmlRenderer render) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new HtmlView(render));
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (!Wanted(context.HttpContext.Request) || (result is INestedHttpResult nested ? nested.Result : result) is not PrebuiltBodyResult body)
            {
                return result;
            }

            return new HtmlText(render(body.Body, context.HttpContext.Request, body.Headers));
        });
        return builder;
    }
}
