using System.Reflection;

namespace BankHire.Web.Problems;

/// <summary>
/// Runs <see cref="IValidatedRequest.Validate"/> on every request body before the handler: one place where request
/// shape is checked, for every route (a handler never sees a body that fails its own rules).
/// </summary>
public static class RequestValidationFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var validated = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter, index))
            .Where(p => IsValidated(p.parameter))
            .Select(p => p.index)
            .ToArray();
        if (validated.Length == 0) return next;
        return invocation =>
        {
            foreach (var index in validated)
                (invocation.Arguments[index] as IValidatedRequest)?.Validate();
            return next(invocation);
        };
    }

    private static bool IsValidated(ParameterInfo parameter) =>
        typeof(IValidatedRequest).IsAssignableFrom(Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType);
}
