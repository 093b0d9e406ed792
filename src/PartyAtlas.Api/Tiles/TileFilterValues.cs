using Microsoft.AspNetCore.Http.HttpResults;
using PartyAtlas.Core.Parameters;
using PartyAtlas.Core.Tiles;

namespace PartyAtlas.Api.Tiles;

/// <summary>The filters a tile request may carry; each layer takes only its own (TileLayer.Filters).</summary>
public sealed record TileFilterValues(Year? Year, SeriesSet? Series, EvidenceSet? Evidence, DialogueId? Dialogue)
{
    public static string NameOf(TileFilter filter) => filter switch
    {
        TileFilter.RequiredYear or TileFilter.Year => "year",
        TileFilter.Series => "series",
        TileFilter.Evidence => "evidence",
        _ => "dialogue",
    };

    /// <summary>The layer's filter values by name, as its SQL binds them; or a 400 for a filter the layer does not take or a missing year.</summary>
    public (IReadOnlyDictionary<string, object?> Values, ProblemHttpResult? Problem) For(TileLayer layer, IQueryCollection query)
    {
        if (RequestValidation.Unknown(query, layer.Filters.Select(NameOf).ToHashSet(StringComparer.Ordinal)) is { } unknown)
        {
            return (new Dictionary<string, object?>(), unknown);
        }

        if (layer.Filters.Contains(TileFilter.RequiredYear) && Year is null)
        {
            return (new Dictionary<string, object?>(), Problems.BadParameter("year", $"year is required for layer '{layer.Id}'."));
        }

        return (layer.Filters.ToDictionary(NameOf, f => f switch
        {
            TileFilter.RequiredYear or TileFilter.Year => (object?)Year?.Value,
            TileFilter.Series => Series?.Series,
            TileFilter.Evidence => Evidence?.Types,
            _ => Dialogue?.Id,
        }), null);
    }

    /// <summary>The query string that carries these filters on (for tile URLs), only those <paramref name="layer"/> takes.</summary>
    public string QueryFor(TileLayer layer)
    {
        var pairs = layer.Filters.Distinct().Select(f => (Name: NameOf(f), Value: f switch
        {
            TileFilter.RequiredYear or TileFilter.Year => Year?.ToString(),
            TileFilter.Series => Series?.ToString(),
            TileFilter.Evidence => Evidence?.ToString(),
            _ => Dialogue?.ToString(),
        })).Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToArray();
        return pairs.Length == 0 ? "" : "?" + string.Join('&', pairs);
    }
}
