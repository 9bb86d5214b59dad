using System.Collections.Immutable;
using BankHire.Web.Problems;

namespace BankHire.Web.Integrations;

/// <summary>A non-empty list drawn from a known vocabulary (API-key scopes, webhook event types), without repeats.</summary>
public static class KnownValues
{
    public static ImmutableArray<string> Check(string[]? values, ImmutableArray<string> known, string field, string what)
    {
        if (values is null || values.Length == 0) throw ApiProblemException.Invalid(field, $"'{field}' needs at least one {what}: {string.Join(", ", known)}.");
        var unknown = values.FirstOrDefault(v => !known.Contains(v));
        if (unknown is not null || values.Contains(null)) throw ApiProblemException.Invalid(field, $"Unknown {what} '{unknown}'. Known: {string.Join(", ", known)}.");
        return [.. values.Distinct()];
    }
}
