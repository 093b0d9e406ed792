namespace PartyAtlas.Core.Import;

/// <summary>Collects problems; readers keep going after one so that every problem is reported at once.</summary>
public sealed class ProblemList
{
    private readonly List<ImportProblem> _problems = [];

    public IReadOnlyList<ImportProblem> All => _problems;

    public bool Any => _problems.Count > 0;

    public void Add(string file, long? line, string? column, string message) =>
        _problems.Add(new ImportProblem(file, line, column, message));
}
