namespace PartyAtlas.Core.Release;

/// <summary>How to cite a release, one text for CITATION.cff, CITATION.bib, the README and /downloads.</summary>
public static class DatasetCitation
{
    public const string Title = "PartyAtlas: the documented reach of the CPC's multilateral party dialogues";
    public const string Authors = "PartyAtlas contributors";
    public const string Licence = "CC-BY-4.0";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>"PartyAtlas contributors (2026). PartyAtlas: …. Dataset, data version 63a5…."; <paramref name="date"/> is yyyy-MM-dd.</summary>
    public static string Text(string version, string date) => $"{Authors} ({date[..4]}). {Title}. Dataset, data version {version}.";

    /// <summary>A BibTeX entry (biblatex's @dataset is not yet read everywhere, so @misc) keyed by the version.</summary>
    // The author is an organisation, braced twice so BibTeX does not read "PartyAtlas" as a first name; the
    // names in the title are braced so styles keep their capitals.
    public static string BibTeX(string version, string date) => $$"""
        @misc{partyatlas_{{version}},
          author = {{"{{" + Authors + "}}"}},
          title = {{"{" + Title.Replace("PartyAtlas", "{PartyAtlas}", StringComparison.Ordinal).Replace("CPC's", "{CPC}'s", StringComparison.Ordinal) + "}"}},
          year = {{{date[..4]}}},
          month = {{{int.Parse(date[5..7], System.Globalization.CultureInfo.InvariantCulture)}}},
          version = {{{version}}},
          note = {Dataset, data version {{version}}, released {{date}}. Licence: CC BY 4.0},
          howpublished = {PartyAtlas release, data version {{version}}}
        }

        """;
}
