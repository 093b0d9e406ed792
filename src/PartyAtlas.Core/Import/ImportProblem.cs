namespace PartyAtlas.Core.Import;

/// <summary>One thing wrong with the input, located as precisely as the format allows.</summary>
/// <param name="File">Path relative to the imported folder, e.g. "dialogues/participations.csv".</param>
/// <param name="Line">1-based line (CSV: where the record starts; GeoJSON: where the parser stopped), or null.</param>
/// <param name="Column">CSV column name, or the GeoJSON feature's index and code.</param>
public sealed record ImportProblem(string File, long? Line, string? Column, string Message)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $":{l}" : "")}{(Column is { } c ? $" [{c}]" : "")}: {Message}";
}
