namespace PartyAtlas.Cli;

/// <summary>Where the CLI finds its database: the environment first, then the file ./scripts/run writes.</summary>
internal static class ConnectionString
{
    public static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ConnectionStrings__PartyAtlas");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return fromEnv;
        }

        var file = Path.Combine(".data", "connection-string");
        return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }
}
