using System.Text;
using NetTopologySuite.Geometries;
using PartyAtlas.Core.Import;

namespace PartyAtlas.UnitTests.Import;

/// <summary>The party registry's rules on a small in-memory bundle: each broken rule is one problem at its file, line and column.</summary>
public sealed class PartyRulesTests
{
    private const string Parties = "dialogues/parties.csv";
    private const string Participations = "dialogues/participations.csv";
    private const string Affiliations = "dialogues/party_affiliations.csv";

    private static readonly string[] GoodParties =
    [
        "NPL-CPNUML,NPL,Communist Party of Nepal (Unified Marxist–Leninist),,CPN (UML),UML | CPN-UML,party,1234,S1,",
        "CHL-PS,CHL,Socialist Party of Chile,Partido Socialista de Chile,PS,PS de Chile,party,,,",
        "INT-PES,,Party of European Socialists,,PES,,party,,S1,",
    ];

    private static readonly string[] GoodParticipations =
    [
        "ev-2021.NPL.1,ev-2021,NPL,UML,NPL-CPNUML,,,spoke,S1,",
        "ev-2021.CHL.1,ev-2021,CHL,PES,INT-PES,,,attended,S1,",
        "ev-2021.CHL.2,ev-2021,CHL,,,,,attended,S1,",
    ];

    [Fact]
    public void An_alias_may_be_the_english_name_of_a_party_of_another_country()
    {
        var (_, problems) = Read([.. GoodParties, "NPL-NC,NPL,Nepali Congress,,NC,socialist party of chile,party,,,"], GoodParticipations, []);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_row_naming_a_joint_delegation_refers_to_each_of_its_parties()
    {
        var (data, problems) = Read(GoodParties, [.. GoodParticipations, "ev-2021.NPL.2,ev-2021,NPL,UML and PES,NPL-CPNUML INT-PES,,,spoke,S1,"], []);
        Assert.Empty(problems);
        Assert.Equal(["NPL-CPNUML", "INT-PES"], data.Participations[^1].PartyIds);
    }

    [Fact]
    public void The_good_bundle_reads_without_problems_and_keeps_parties_aliases_and_party_ids()
    {
        var (data, problems) = Read(GoodParties, GoodParticipations, ["NPL-CPNUML,ICAPP,S1,"]);
        Assert.Empty(problems);
        Assert.Equal(["NPL-CPNUML", "CHL-PS", "INT-PES"], data.Parties.Select(p => p.Id));
        Assert.Equal(["UML", "CPN-UML"], data.Parties[0].Aliases);
        Assert.Equal(1234, data.Parties[0].PartyfactsId);
        Assert.Null(data.Parties[2].Iso3);
        Assert.Equal(["NPL-CPNUML", "INT-PES", ""], data.Participations.Select(p => string.Join(' ', p.PartyIds)));
        Assert.Equal("ICAPP", Assert.Single(data.PartyAffiliations).Affiliation);
    }

    public static TheoryData<string, string[], string[], string[], string, int, string, string> Broken => new()
    {
        { "unknown party id", GoodParties, [.. GoodParticipations, "ev-2021.NPL.2,ev-2021,NPL,,NPL-NONE,,,spoke,S1,"], [], Participations, 5, "party_id", "unknown party 'NPL-NONE'" },
        { "party of another country", GoodParties, [.. GoodParticipations, "ev-2021.NPL.2,ev-2021,NPL,,CHL-PS,,,spoke,S1,"], [], Participations, 5, "party_id", "party 'CHL-PS' is of country CHL, not NPL" },
        { "duplicate alias", [.. GoodParties, "NPL-NC,NPL,Nepali Congress,,NC,uml,party,,,"], GoodParticipations, [], Parties, 5, "aliases", "duplicate alias 'uml'" },
        { "alias naming another party of the country", [.. GoodParties, "NPL-NC,NPL,Nepali Congress,,NC,communist party of nepal (unified marxist–leninist),party,,,"], GoodParticipations, [], Parties, 5, "aliases", "is the name_en of party 'NPL-CPNUML'" },
        { "alias naming a transnational party", [.. GoodParties, "NPL-NC,NPL,Nepali Congress,,NC,party of european socialists,party,,,"], GoodParticipations, [], Parties, 5, "aliases", "is the name_en of party 'INT-PES'" },
        { "duplicate id", [.. GoodParties, "CHL-PS,CHL,Another,,,,party,,,"], GoodParticipations, [], Parties, 5, "id", "duplicate key id = 'CHL-PS'" },
        { "bad id form", [.. GoodParties, "npl-x,NPL,Lower case,,,,party,,,"], GoodParticipations, [], Parties, 5, "id", "'npl-x' is not a party id" },
        { "id prefix not the country", [.. GoodParties, "CHL-X,NPL,Mismatch,,,,party,,,"], GoodParticipations, [], Parties, 5, "id", "prefix 'CHL' is not the row's iso3 'NPL'" },
        { "transnational with a country", [.. GoodParties, "INT-X,NPL,Mismatch,,,,party,,,"], GoodParticipations, [], Parties, 5, "iso3", "iso3 must be empty" },
        { "unknown country", [.. GoodParties, "QQQ-X,QQQ,Nowhere,,,,party,,,"], GoodParticipations, [], Parties, 5, "iso3", "unknown country code 'QQQ'" },
        { "kind outside the closed list", [.. GoodParties, "NPL-X,NPL,Club,,,,club,,,"], GoodParticipations, [], Parties, 5, "kind", "'club' is not one of" },
        { "unknown source", [.. GoodParties, "NPL-X,NPL,Unsourced,,,,party,,S1 S99,"], GoodParticipations, [], Parties, 5, "source_ids", "unknown source 'S99'" },
        { "partyfacts id not a positive number", [.. GoodParties, "NPL-X,NPL,Zero,,,,party,0,,"], GoodParticipations, [], Parties, 5, "partyfacts_id", "'0' is not a Party Facts id" },
        { "affiliation outside the closed list", GoodParties, GoodParticipations, ["NPL-CPNUML,COMINTERN,S1,"], Affiliations, 2, "affiliation", "'COMINTERN' is not one of" },
        { "affiliation of an unknown party", GoodParties, GoodParticipations, ["NPL-NONE,SI,S1,"], Affiliations, 2, "party_id", "unknown party 'NPL-NONE'" },
        { "affiliation without a source", GoodParties, GoodParticipations, ["NPL-CPNUML,SI,,"], Affiliations, 2, "source_id", "is required" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_party_rule_is_one_problem_at_its_file_line_and_column(
        string name, string[] parties, string[] participations, string[] affiliations, string file, int line, string column, string message)
    {
        var (_, problems) = Read(parties, participations, affiliations);
        var problem = Assert.Single(problems);
        Assert.True(problem.File == file && problem.Line == line && problem.Column == column && problem.Message.Contains(message, StringComparison.Ordinal),
            $"{name}: {problem}");
    }

    private static (Dataset Data, IReadOnlyList<ImportProblem> Problems) Read(string[] parties, string[] participations, string[] affiliations)
    {
        var files = DialogueFileReader.Headers.ToDictionary(h => $"{DialogueFileReader.Folder}/{h.Key}", h => string.Join(',', h.Value) + "\n");
        files["dialogues/sources.csv"] += "S1,https://example.org/s1,,,,,\n";
        files["dialogues/dialogues.csv"] += "ev-2021,Event,,global,,2021-07-06,2021-07-06,day,2021,online,,,,,,,,S1\n";
        files[Parties] += string.Join('\n', parties) + "\n";
        files[Participations] += string.Join('\n', participations) + "\n";
        files[Affiliations] += string.Concat(affiliations.Select(a => a + "\n"));
        var problems = new ProblemList();
        var data = DialogueFileReader.Read([Country("NPL"), Country("CHL")], f => files.TryGetValue(f, out var text) ? Encoding.UTF8.GetBytes(text) : null, problems);
        return (data, problems.All);
    }

    private static CountryRecord Country(string iso3) =>
        new(iso3, null, null, iso3, null, "sovereign", null, null, null, "iso3166", new MultiPolygon([]));
}
