using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using nietras.SeparatedValues;

namespace PartyAtlas.Api.Platform;

/// <summary>Endpoint metadata: the 200 response is also available as text/csv.</summary>
public sealed class CsvAlternative
{
    public static readonly CsvAlternative Instance = new();

    private CsvAlternative()
    {
    }
}
