namespace PartyAtlas.Tests.Infrastructure;

/// <summary>Paths in the repository the tests read from (the shipped data, the test fixtures, the committed contract).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Geodata => Path.Combine(Root, "geodata");

    public static string Dialogues => Path.Combine(Geodata, "dialogues");

    /// <summary>A small dialogue bundle (the shipped header, a few consistent rows) for tests that name lines and rows.</summary>
    public static string FixtureDialogues => Path.Combine(Root, "tests", "fixtures", "dialogues");

    public static string OpenApiYaml => Path.Combine(Root, "openapi.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartyAtlas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PartyAtlas.sln not found above the test binaries.");
    }
}
