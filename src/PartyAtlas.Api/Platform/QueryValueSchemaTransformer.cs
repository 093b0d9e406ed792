using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// A request value type (Year, BBox, EvidenceSet …) travels as text in a URL, so its schema is the
/// raw value's (integer or string), not the struct's members: each type says which (IQueryValue.SchemaType).
/// </summary>
internal sealed class QueryValueSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (!IsQueryValue(type))
        {
            return Task.CompletedTask;
        }

        var declared = (string)type.GetProperty(nameof(IQueryValue<Year>.SchemaType), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var (name, format) = declared.Split(':') is [var n, var f] ? (n, f) : (declared, null);
        schema.Type = name == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String;
        schema.Format = format;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.AdditionalPropertiesAllowed = true;
        return Task.CompletedTask;
    }

    /// <summary>Inline, not a component: a parameter's schema is a plain integer or string.</summary>
    public static string? ReferenceId(System.Text.Json.Serialization.Metadata.JsonTypeInfo info) =>
        IsQueryValue(Nullable.GetUnderlyingType(info.Type) ?? info.Type) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(info);

    private static bool IsQueryValue(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryValue<>));
}
