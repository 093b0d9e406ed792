using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartyAtlas.Api.Admin;

/// <summary>
/// Maintainer API keys, stored only as SHA-256 hashes in configuration:
/// PartyAtlas:Admin:ApiKeys = ["name:hex-sha256", …] (e.g. env PartyAtlas__Admin__ApiKeys__0).
/// Hash a key with: printf %s "$KEY" | sha256sum
/// </summary>
public sealed class ApiKeys
{
    public const string Header = "X-Api-Key";

    private readonly (string Name, byte[] Hash)[] _keys;

    public ApiKeys(IOptions<PartyAtlasOptions> options)
    {
        _keys = options.Value.Admin.ApiKeys
            .Select(entry => entry.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[1].Length == 64)
            .Select(parts => (parts[0], Convert.FromHexString(parts[1])))
            .ToArray();
    }

    public bool Enabled => _keys.Length > 0;

    /// <summary>The name of the key that matches, compared in constant time against every stored hash; null when none does.</summary>
    public string? Authenticate(string presented)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? match = null;
        foreach (var (name, stored) in _keys)
        {
            // No early exit: the time taken does not depend on which key (if any) matched.
            if (CryptographicOperations.FixedTimeEquals(hash, stored))
            {
                match = name;
            }
        }

        return match;
    }
}
