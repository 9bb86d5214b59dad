using System.Text.RegularExpressions;
using BankHire.Web.Problems;

namespace BankHire.Web.Jobs;

/// <summary>
/// What a job id is (2–64 lower-case letters, digits and dashes), and the one check every route naming a job
/// passes: a <c>{jobId}</c> that cannot be a job id is a 400 before any handler turns it into a grain key.
/// </summary>
public static partial class JobIds
{
    public const string RouteParameter = "jobId";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    public static string Valid(string id, string field) =>
        IsValid(id) ? id : throw ApiProblemException.Invalid(field, "A job id is 2–64 lower-case letters, digits and dashes.");

    public static IApplicationBuilder UseJobIdRouteCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetRouteValue(RouteParameter) is string id) Valid(id, RouteParameter);
            await next(context);
        });

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex Pattern();
}
