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
        Check(options.MinResponseBytesPerSecond is >= 0 and <= 1e9, nameof(options.MinResponseBytesPerSecond), "a number of bytes per second, 0 (no floor) or more");
        Check(options.SocketSendBufferKilobytes is >= 0 and <= 65536, nameof(options.SocketSendBufferKilobytes), "a whole number of KiB from 0 (the kernel decides) to 65536");
        Check(options.MaxConcurrentBuilds is >= 1 and <= 1000, nameof(options.MaxConcurrentBuilds), "a whole number from 1 to 1000");
        Check(options.BuildQueueSeconds is > 0 and <= 600, nameof(options.BuildQueueSeconds), "a number of seconds from 0 (exclusive) to 600");
        Check(options.ReadPoolMaxConnections is >= 1 and <= 1000, nameof(options.ReadPoolMaxConnections), "a whole number from 1 to 1000");
        Check(options.StatementTimeoutSeconds is > 0 and <= 3600, nameof(options.StatementTimeoutSeconds), "a number of seconds from 0 (exclusive) to 3600");
        Check(options.ResponseCacheMegabytes is >= 0 and <= 65536, nameof(options.ResponseCacheMegabytes), "a whole number of megabytes from 0 (off) to 65536");
        Check(options.DataVersionPollMilliseconds is >= 50 and <= 60000, nameof(options.DataVersionPollMilliseconds), "a whole number of milliseconds from 50 to 60000");
        Check(options.TrustedProxyList.All(p => System.Net.IPAddress.TryParse(p, out _) || System.Net.IPNetwork.TryParse(p, out _)),
            nameof(options.TrustedProxies), "comma-separated IP addresses or networks (e.g. 127.0.0.1, 10.0.0.0/8)");
        Check(options.CorsOriginList.All(o => o == "*" || Uri.TryCreate(o, UriKind.Absolute, out _)), nameof(options.CorsOrigins), "* or comma-separated absolute origins");
        var limits = options.RateLimits;
        foreach (var (key, value) in new[]
        {
            (nameof(limits.TilesPerSecond), limits.TilesPerSecond), (nameof(limits.TilesBurst), limits.TilesBurst),
            (nameof(limits.AnalyticsPerSecond), limits.AnalyticsPerSecond), (nameof(limits.AnalyticsBurst), limits.AnalyticsBurst),
            (nameof(limits.AnalyticsConcurrency), limits.AnalyticsConcurrency),
        })
        {
            Check(value >= 1, $"RateLimits:{key}", "a whole number of at least 1");
        }

        Check(options.Admin.MaxShrinkPercent is >= 0 and <= 100, "Admin:MaxShrinkPercent", "a percentage from 0 to 100");
        for (var i = 0; i < options.Admin.ApiKeys.Count; i++)
        {
            var parts = options.Admin.ApiKeys[i].Split(':', 2);
            Check(parts.Length == 2 && parts[0].Length > 0 && parts[1].Length == 64 && parts[1].All(Uri.IsHexDigit),
                $"Admin:ApiKeys:{i}", "name:sha256-hex (64 hex digits; hash a key with: printf %s \"$KEY\" | sha256sum)");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
