using BankHire.Web.Access;
using BankHire.Tests.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BankHire.Tests.Compliance;

/// <summary>The access matrix as a whole: every route the app maps has a decision, no decision names a route that does
/// not exist, and no role or scope is let onto a route that shows a kind of data it is not granted unless the field is withheld.</summary>
[Collection(ApiCollection.Name)]
public sealed class AccessMatrixTests(ApiFactory api, ITestOutputHelper output)
{
    private IReadOnlyList<(string Method, string Pattern)> MappedRoutes()
    {
        var routes = new List<(string, string)>();
        foreach (var endpoint in api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            routes.AddRange(methods.Select(m => (m, pattern)));
        }
        return routes;
    }

    [Fact]
    public void Every_mapped_route_has_a_decision_in_the_matrix()
    {
        var routes = MappedRoutes();
        var undecided = routes.Where(r => AccessMatrix.Find(r.Method, r.Pattern) is null).Select(r => $"{r.Method} {r.Pattern}").ToList();
        Assert.True(undecided.Count == 0, "Routes without an access decision (add a row to AccessMatrix):\n" + string.Join("\n", undecided));
        output.WriteLine($"{routes.Count} mapped method×route pairs; matrix: {AccessMatrix.Routes.Count} rows, {AccessMatrix.Size} role/scope × route decisions, " +
            $"{AccessMatrix.Routes.Sum(r => r.Fields.Count)} field rules, {AccessMatrix.Grants.Count} grant rows");
    }

    [Fact]
    public void Every_decision_names_a_mapped_route()
    {
        var mapped = MappedRoutes().Select(r => AccessMatrix.Find(r.Method, r.Pattern)).ToHashSet();
        var stale = AccessMatrix.Routes.Where(r => !mapped.Contains(r)).Select(r => r.Key).ToList();
        Assert.True(stale.Count == 0, "Matrix rows for routes the app does not map:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void No_role_is_let_onto_a_route_that_shows_data_it_is_not_granted_unless_the_field_is_withheld()
    {
        var leaks = new List<string>();
        foreach (var route in AccessMatrix.Routes)
        foreach (var member in route.Audience)
        {
            var granted = AccessMatrix.Grants[member];
            var withheld = route.Fields.Aggregate(PersonalData.None, (all, f) => all | f.Class);
            var shown = route.Shows & ~granted & ~withheld;
            if (shown != PersonalData.None) leaks.Add($"{member} on {route.Key} would see {shown}");
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public void HR_sees_composite_scores_but_not_expression_level_data_and_auditors_see_no_media()
    {
        Assert.Equal(PersonalData.None, AccessMatrix.Grants[BankHire.Identity.HrRoles.Recruiter] & PersonalData.Expression);
        Assert.NotEqual(PersonalData.None, AccessMatrix.Grants[BankHire.Identity.HrRoles.Recruiter] & PersonalData.Scores);
        Assert.Equal(PersonalData.None, AccessMatrix.Grants[BankHire.Identity.HrRoles.Auditor] & (PersonalData.Frames | PersonalData.Transcripts | PersonalData.Expression | PersonalData.Contact));
        Assert.NotEqual(PersonalData.None, AccessMatrix.Grants[BankHire.Identity.HrRoles.Auditor] & PersonalData.Audit);
    }
}
