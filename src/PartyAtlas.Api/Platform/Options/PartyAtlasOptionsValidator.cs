using Microsoft.Extensions.Options;

namespace PartyAtlas.Api.Platform.Options;

/// <summary>Checks every setting at start-up; each failure names the configuration key and what it accepts.</summary>
internal sealed class PartyAtlasOptionsValidator : IValidateOptions<PartyAtlasOptions>
{
    public ValidateOptionsResult Validate(string? name, PartyAtlasOptions options)
    {
        var failures = new List<string>();
        void Check(bool ok, string key, string accepted)
        {
            if (!ok)
            {
                failures.Add($"{PartyAtlasOptions.Section}:{key} must be {accepted}.");
            }
        }

        Check(options.PublicBaseUrl is null or "" || (Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
            nameof(options.PublicBaseUrl), "an absolute http or https URL");
        Check(options.StatementTimeoutSeconds is > 0 and <= 3600, nameof(options.StatementTimeoutSeconds), "a number of seconds from 0 (exclusive) to 3600");
        Check(options.ResponseCacheMegabytes is >= 0 and <= 65536, nameof(options.ResponseCacheMegabytes), "a whole number of megabytes from 0 (off) to 65536");
        Check(options.DataVersionPollMilliseconds is >= 50 and <= 60000, nameof(options.DataVersionPollMilliseconds), "a whole number of milliseconds from 50 to 60000");
        Check(options.CorsOriginList.All(o => o == "*" || Uri.TryCreate(o, UriKind.Absolute, out _)), nameof(options.CorsOrigins), "* or comma-separated absolute origins");
        var limits = options.RateLimits;
        foreach (var (key, value) in new[]
        {
            (nameof(limits.TilesPerSecond), limits.TilesPerSecond), (nameof(limits.TilesBurst), limits.TilesBurst),
            (nameof(limits.AnalyticsPerSecond), limits.AnalyticsPerSecond), (nameof(limits.AnalyticsBurst), limits.AnalyticsBurst),
        })
        {
            Check(value >= 1, $"RateLimits:{key}", "a whole number of at least 1");
        }

        for (var i = 0; i < options.Admin.ApiKeys.Count; i++)
        {
            var parts = options.Admin.ApiKeys[i].Split(':', 2);
            Check(parts.Length == 2 && parts[0].Length > 0 && parts[1].Length == 64 && parts[1].All(Uri.IsHexDigit),
                $"Admin:ApiKeys:{i}", "name:sha256-hex (64 hex digits; hash a key with: printf %s \"$KEY\" | sha256sum)");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
