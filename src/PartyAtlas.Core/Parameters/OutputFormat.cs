using System.Diagnostics.CodeAnalysis;

namespace PartyAtlas.Core.Parameters;

/// <summary>The response format of tabular answers: json (the default) or csv.</summary>
public readonly record struct OutputFormat : IQueryValue<OutputFormat>
{
    private OutputFormat(bool csv) => IsCsv = csv;

    public static OutputFormat Json => default;

    public static OutputFormat Csv => new(true);

    public bool IsCsv { get; }

    public static string Form => "json or csv";

    public static string SchemaType => "string";

    public static bool TryParse(string text, out OutputFormat value, out string error)
    {
        value = text == "csv" ? Csv : Json;
        var ok = text is "json" or "csv";
        error = ok ? "" : $"'{text}' is not a format.";
        return ok;
    }

    public static OutputFormat Parse(string s, IFormatProvider? provider) => QueryValue.Parse<OutputFormat>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OutputFormat result) => QueryValue.TryParse(s, out result);

    public override string ToString() => IsCsv ? "csv" : "json";
}
