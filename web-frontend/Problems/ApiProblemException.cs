namespace BankHire.Web.Problems;

/// <summary>A request the API refuses for a stated reason, reported as ProblemDetails.</summary>
public sealed class ApiProblemException(int status, string title, string detail, string? field = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Field { get; } = field;

    /// <summary>A stable code clients translate (e.g. why consent refuses an upload); written as the "code" extension.</summary>
    public string? Code { get; init; }

    /// <summary>The same refusal, told with more context (e.g. which part of an upload it concerns).</summary>
    public ApiProblemException WithDetail(string detail) => new(Status, Title, detail, Field) { Code = Code };

    public static ApiProblemException Invalid(string field, string detail) => new(400, "Invalid field", detail, field);

    public static ApiProblemException NotFound(string what, string field) => new(404, "Not found", $"{what} does not exist.", field);
}
