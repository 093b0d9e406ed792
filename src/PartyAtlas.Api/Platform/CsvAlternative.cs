namespace PartyAtlas.Api.Platform;

/// <summary>Endpoint metadata: the 200 response is also available as text/csv.</summary>
public sealed class CsvAlternative
{
    public static readonly CsvAlternative Instance = new();

    private CsvAlternative()
    {
    }
}
