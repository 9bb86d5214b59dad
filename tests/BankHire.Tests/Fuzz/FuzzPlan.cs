using System.Text.Json;

namespace BankHire.Tests.Fuzz;

/// <summary>
/// What to send, in order: every operation by every principal (a plausible request and a few broken ones), and
/// every broken variant by the principal that gets furthest into the handler (admin for HR routes, the candidate
/// for candidate routes, nobody for sign-in). Requests that end the candidate's interview or delete go last.
/// </summary>
public static class FuzzPlan
{
    private const int BrokenPerPrincipal = 5;

    public static List<(FuzzPrincipal Principal, FuzzRequest Request, FuzzOperation Operation)> Build(
        IReadOnlyList<FuzzOperation> operations, IReadOnlyList<FuzzPrincipal> principals, FuzzIds ids, SchemaSample samples, int seed)
    {
        var random = new Random(seed);
        var plan = new List<(FuzzPrincipal, FuzzRequest, FuzzOperation Operation, int Order)>();
        foreach (var operation in operations)
        {
            var url = FuzzUrls.Good(operation, ids);
            var sample = operation.BodySchema is { } schema ? samples.For(schema) : null;
            var json = sample?.ToJsonString() ?? "{}";
            var good = operation.TakesBody ? FuzzRequest.Json(operation.Method, url, json, "plausible") : new FuzzRequest(operation.Method, url, null, null, "plausible");
            var broken = Broken(operation, ids, sample, json, url).ToList();
            var order = Order(operation);
            var deep = DeepPrincipal(operation, principals);
            foreach (var principal in principals.Where(p => MaySend(operation, p)))
            {
                plan.Add((principal, good, operation, order));
                if (principal == deep) plan.AddRange(broken.Select(b => (principal, b, operation, order)));
                else plan.AddRange(broken.OrderBy(_ => random.Next()).Take(BrokenPerPrincipal).Select(b => (principal, b, operation, order)));
            }
        }
        return [.. plan.OrderBy(p => p.Order).Select(p => (p.Item1, p.Item2, p.Operation))];
    }

    private static IEnumerable<FuzzRequest> Broken(FuzzOperation operation, FuzzIds ids, System.Text.Json.Nodes.JsonNode? sample, string json, string url)
    {
        foreach (var (brokenUrl, @case) in FuzzUrls.Broken(operation, ids))
            yield return operation.TakesBody ? FuzzRequest.Json(operation.Method, brokenUrl, json, @case) : new FuzzRequest(operation.Method, brokenUrl, null, null, @case);
        if (IsMultipart(operation))
        {
            foreach (var media in MediaMutations.Multipart(url, "files", bombs: operation.Path.EndsWith("/resumes", StringComparison.Ordinal)))
                yield return media;
            yield break;
        }
        if (operation.Path.Contains("/chunks/", StringComparison.Ordinal))
        {
            foreach (var media in MediaMutations.Chunks(url.Split('?')[0].Replace("/chunks/1", "/chunks/{seq}")))
                yield return media;
            yield break;
        }
        if (!operation.TakesBody) yield break;
        foreach (var (mutated, @case) in BodyMutations.OfProperties(sample))
            yield return FuzzRequest.Json(operation.Method, url, mutated, @case);
        foreach (var (body, contentType, @case) in BodyMutations.OfDocument(json))
            yield return new FuzzRequest(operation.Method, url, body, contentType, @case);
    }

    private static bool IsMultipart(FuzzOperation operation) =>
        operation.Method == "POST" && (operation.Path.EndsWith("/resumes", StringComparison.Ordinal) || operation.Path.EndsWith("/screening-validations", StringComparison.Ordinal));

    /// <summary>Signing out a shared HR client would leave the rest of the run anonymous: sign-in and sign-out are fuzzed by nobody.</summary>
    private static bool MaySend(FuzzOperation operation, FuzzPrincipal principal) =>
        !operation.Path.StartsWith("/api/auth/log", StringComparison.Ordinal) || principal.Kind is PrincipalKind.Anonymous;

    private static FuzzPrincipal DeepPrincipal(FuzzOperation operation, IReadOnlyList<FuzzPrincipal> principals) =>
        operation.IsCandidateRoute ? principals.First(p => p.Name == "candidate")
        : operation.Path.StartsWith("/api/auth/", StringComparison.Ordinal) ? principals.First(p => p.Kind == PrincipalKind.Anonymous)
        : principals.First(p => p.Name == "admin");

    /// <summary>Chunks while the answer is in progress first; finishing, completing, withdrawing and deleting last.</summary>
    private static int Order(FuzzOperation operation) =>
        operation.Path.Contains("/chunks/", StringComparison.Ordinal) ? 0
        : operation.Path.EndsWith("/finish", StringComparison.Ordinal) ? 2
        : operation.Path.EndsWith("/complete", StringComparison.Ordinal) || operation.Path.EndsWith("/withdraw", StringComparison.Ordinal) ? 3
        : operation.Method == "DELETE" ? 4
        : 1;
}
