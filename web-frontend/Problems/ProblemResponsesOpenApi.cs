using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BankHire.Web.Problems;

/// <summary>
/// Writes into the OpenAPI document the problem answers every route can give by how it is built, so clients (and
/// the fuzz suite, which checks every answer against the document) see them: 400 for a route that takes input,
/// 401/403 behind authorization (and for a candidate's token or an employee's code), 404 for a route naming a resource, 409 for writes
/// that meet the resource's state, 413/415 for a body, 429 for sign-in, 503 while a silo or the database is away.
/// A route that answers something else says so itself (<c>ProducesProblem</c>).
/// </summary>
internal sealed class ProblemResponsesOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var path = "/" + (description.RelativePath ?? "").Split('?')[0];
        if (!path.StartsWith("/api/", StringComparison.Ordinal)) return Task.CompletedTask;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var authorised = !anonymous && metadata.OfType<IAuthorizeData>().Any();
        var employeeCode = path == "/api/employee" || path.StartsWith("/api/employee/", StringComparison.Ordinal);
        var candidateToken = path.StartsWith("/api/candidate/", StringComparison.Ordinal) || path.Contains("/chunks/", StringComparison.Ordinal)
            || path.EndsWith("/recording", StringComparison.Ordinal) || path.Contains("/recording/", StringComparison.Ordinal) || employeeCode;
        var write = description.HttpMethod is "POST" or "PUT" or "PATCH" or "DELETE";
        var body = description.HttpMethod is "POST" or "PUT" or "PATCH";
        var takesInput = body || description.ParameterDescriptions.Count > 0;
        var namesResource = path.Contains('{');

        operation.Responses ??= new OpenApiResponses();
        if (takesInput) Add(operation, 400, "The input is invalid; the problem names the field.");
        if (authorised || candidateToken) Add(operation, 401, employeeCode ? "The employee's code is missing, wrong or revoked."
            : candidateToken ? "The invitation token is missing, wrong, expired or revoked." : "Not signed in and no API key.");
        if (authorised) Add(operation, 403, "The role or the API key's scopes do not allow this.");
        if (candidateToken) Add(operation, 403, "Refused: not covered by the person's consent, or an HR sign-in or API key acting as the candidate or employee.");
        if (namesResource) Add(operation, 404, "Nothing with that id (or not visible to the caller).");
        if (write || candidateToken) Add(operation, 409, "The resource's state does not allow this now.");
        if (body)
        {
            Add(operation, 413, "The body is larger than the route accepts.");
            Add(operation, 415, "The content type or charset is not accepted.");
        }
        if (path.StartsWith("/api/auth/login", StringComparison.Ordinal)) Add(operation, 429, "Too many sign-in attempts from this client; wait and retry.");
        Add(operation, 503, "A silo or the database is not reachable right now; nothing was lost; retry.");
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, int status, string text) =>
        operation.Responses!.TryAdd(status.ToString(), new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        });
}
