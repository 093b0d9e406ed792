using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using PartyAtlas.Core.Database;

namespace PartyAtlas.Core.Import;

public sealed record ImportResult(
    ImportOutcome Outcome, IReadOnlyList<ImportProblem> Problems, string? ContentHash, IReadOnlyDictionary<string, int> Summary);
