using System.Reflection;
using BankHire.Web.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BankHire.Tests.Api;

/// <summary>
/// The shape every route keeps so the OpenAPI document tells the truth: a named handler (not a lambda), a typed
/// result (not a bare IResult the document cannot describe) and a JSON body that validates itself before the handler.
/// Each test fails when a route is added without it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApiSurfaceTests(ApiFactory api)
{
    private static readonly Assembly Web = typeof(IValidatedRequest).Assembly;

    private IReadOnlyList<(string Route, MethodInfo Handler)> Handlers() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}",
                Handler: e.Metadata.GetMetadata<MethodInfo>()))
            .Where(e => e.Handler?.DeclaringType?.Assembly == Web)
            .Select(e => (e.Route, e.Handler!))
            .ToList();

    [Fact]
    public void Every_route_is_a_named_handler()
    {
        var handlers = Handlers();
        Assert.True(handlers.Count > 100, $"only {handlers.Count} handlers found");
        var lambdas = handlers.Where(h => h.Handler.Name.Contains('<') || h.Handler.DeclaringType!.Name.Contains('<'))
            .Select(h => h.Route).ToList();
        Assert.True(lambdas.Count == 0, "Inline lambdas (give them a name): " + string.Join(", ", lambdas));
    }

    [Fact]
    public void Every_handler_returns_a_type_the_document_can_describe()
    {
        var untyped = Handlers().Where(h => Unwrapped(h.Handler.ReturnType) == typeof(IResult)).Select(h => h.Route).ToList();
        Assert.True(untyped.Count == 0, "Handlers returning a bare IResult (use TypedResults and Results<...>): " + string.Join(", ", untyped));
    }

    [Fact]
    public void Every_json_body_validates_itself_before_the_handler()
    {
        var unvalidated = api.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .SelectMany(d => d.ParameterDescriptions.Where(p => p.Source == BindingSource.Body).Select(p => (d, p.Type)))
            .Where(b => b.Type is not null && !typeof(IValidatedRequest).IsAssignableFrom(b.Type))
            .Select(b => $"{b.d.HttpMethod} /{b.d.RelativePath}: {b.Type!.Name}")
            .Distinct().ToList();
        Assert.True(unvalidated.Count == 0, "Bodies without IValidatedRequest: " + string.Join(", ", unvalidated));
    }

    private static Type Unwrapped(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;
}
