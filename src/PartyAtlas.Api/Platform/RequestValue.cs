using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyAtlas.Core.Parameters;

namespace PartyAtlas.Api.Platform;

/// <summary>One query or route value of a handler: its name, whether it must be given, and how it is checked.</summary>
internal sealed record RequestValue(string Name, bool Required, string Form, Func<string, string?, ProblemHttpResult?> Check)
{
    private static readonly MethodInfo InvalidMethod = typeof(RequestValidation).GetMethod(nameof(RequestValidation.Invalid))!;

    public static IReadOnlyList<RequestValue> Of(MethodInfo method, IServiceProvider services)
    {
        var isService = services.GetService<IServiceProviderIsService>();
        var nullability = new NullabilityInfoContext();
        var found = new List<RequestValue>();
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                // A positional record's attributes sit on its constructor's parameters.
                var constructor = parameter.ParameterType.GetConstructors().MaxBy(c => c.GetParameters().Length)!;
                found.AddRange(constructor.GetParameters().Select(p =>
                    Describe(p.Name!, p.ParameterType, [.. p.GetCustomAttributes(true), .. parameter.ParameterType.GetProperty(p.Name!)?.GetCustomAttributes(true) ?? []],
                        nullability.Create(p).WriteState == NullabilityState.NotNull, isService)).OfType<RequestValue>());
                continue;
            }

            if (Describe(parameter.Name!, parameter.ParameterType, parameter.GetCustomAttributes(true), nullability.Create(parameter).WriteState == NullabilityState.NotNull, isService) is { } value)
            {
                found.Add(value);
            }
        }

        return found;
    }

    private static RequestValue? Describe(string name, Type type, object[] attributes, bool notNull, IServiceProviderIsService? isService)
    {
        if (attributes.Any(a => a is FromServicesAttribute or FromHeaderAttribute or FromBodyAttribute) || isService?.IsService(type) == true
            || type == typeof(HttpContext) || type == typeof(CancellationToken) || type == typeof(HttpRequest) || type == typeof(HttpResponse))
        {
            return null;
        }

        var bound = attributes.OfType<FromRouteAttribute>().FirstOrDefault()?.Name ?? attributes.OfType<FromQueryAttribute>().FirstOrDefault()?.Name ?? name;
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        var required = Nullable.GetUnderlyingType(type) is null && notNull;
        if (inner.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryValue<>)))
        {
            var check = InvalidMethod.MakeGenericMethod(inner).CreateDelegate<Func<string, string?, ProblemHttpResult?>>();
            var form = (string)inner.GetProperty(nameof(IQueryValue<Year>.Form), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            return new RequestValue(bound, required, form, check);
        }

        // Plain strings and booleans (route values matched by the template, free-text filters).
        return inner == typeof(string) || inner == typeof(bool)
            ? new RequestValue(bound, false, inner == typeof(bool) ? "true or false" : "text", inner == typeof(bool) ? CheckBoolean : (_, _) => null)
            : null;
    }

    private static ProblemHttpResult? CheckBoolean(string name, string? text) =>
        text is null || bool.TryParse(text, out _) ? null : Problems.BadParameter(name, $"'{text}' is not a boolean. Expected true or false.");
}
