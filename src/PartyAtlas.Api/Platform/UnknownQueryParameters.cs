using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace PartyAtlas.Api.Platform;

/// <summary>
/// Rejects query parameters a route does not declare (400 naming them), so a typo such as
/// `?yaer=2021` is not silently ignored. The allowed names come from the handler's signature.
/// </summary>
internal static class UnknownQueryParameters
{
    public static TBuilder RejectUnknownQueryParameters<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var allowed = QueryNames(context.MethodInfo, context.ApplicationServices);
            return invocation => Check(invocation.HttpContext.Request.Query, allowed) is { } problem
                ? ValueTask.FromResult<object?>(problem)
                : next(invocation);
        });
        return builder;
    }

    /// <summary>A 400 naming the first query parameter not in <paramref name="allowed"/>, or null.</summary>
    public static ProblemHttpResult? Check(IQueryCollection query, IReadOnlySet<string> allowed)
    {
        var unknown = query.Keys.Where(k => !allowed.Contains(k)).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length == 0)
        {
            return null;
        }

        var known = allowed.Count == 0 ? "none" : string.Join(", ", allowed.Order(StringComparer.Ordinal));
        return Problems.BadParameter(unknown[0],
            $"Unknown query parameter{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. This route accepts: {known}.");
    }

    private static HashSet<string> QueryNames(MethodInfo method, IServiceProvider services)
    {
        var isService = services.GetService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties())
                {
                    AddIfQuery(names, property.Name, property.PropertyType, property.GetCustomAttribute<FromQueryAttribute>(), property, isService);
                }

                continue;
            }

            AddIfQuery(names, parameter.Name!, parameter.ParameterType, parameter.GetCustomAttribute<FromQueryAttribute>(), parameter, isService);
        }

        return names;
    }

    private static void AddIfQuery(HashSet<string> names, string name, Type type, FromQueryAttribute? fromQuery, ICustomAttributeProvider member,
        Microsoft.Extensions.DependencyInjection.IServiceProviderIsService? isService)
    {
        if (fromQuery is not null)
        {
            names.Add(fromQuery.Name ?? name);
            return;
        }

        var bound = member.GetCustomAttributes(true).Any(a => a is FromRouteAttribute or FromServicesAttribute or FromHeaderAttribute or FromBodyAttribute);
        var special = type == typeof(HttpContext) || type == typeof(CancellationToken) || type == typeof(HttpRequest) || type == typeof(HttpResponse);
        if (!bound && !special && isService?.IsService(type) != true && IsSimple(type))
        {
            names.Add(name);
        }
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime)
            || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>));
    }
}
