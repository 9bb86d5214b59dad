namespace BankHire.Web.Problems;

/// <summary>A request the API refuses for a stated reason, reported as ProblemDetails.</summary>
public sealed class ApiProblemException(int status, string title, string detail, string? field = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Field { get; } = field;

    /// <summary>A stable code clients translate (e.g. why consent refuses an upload); written as the "code" extension.</summary>
    public string? Code { get; init; }

    public static ApiProblemException Invalid(string field, string detail) => new(400, "Invalid field", detail, field);

    public static ApiProblemException NotFound(string what, string field) => new(404, "Not found", $"{what} does not exist.", field);
}
