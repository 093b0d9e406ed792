using Microsoft.Extensions.Options;

namespace PartyAtlas.Api.Platform.Options;

internal static class OptionsSetup
{
    /// <summary>Binds PartyAtlasOptions and validates them when the host starts, so a bad setting stops it at once.</summary>
    public static void AddPartyAtlasOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<PartyAtlasOptions>, PartyAtlasOptionsValidator>();
        builder.Services.AddOptions<PartyAtlasOptions>().BindConfiguration(PartyAtlasOptions.Section).ValidateOnStart();
    }
}
