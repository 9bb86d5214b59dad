namespace BankHire.Web.Problems;

/// <summary>
/// A request body that checks its own shape — required fields, lengths, ranges, known enum values — so each request
/// type has its rules in one place. <see cref="RequestValidationFilter"/> runs <see cref="Validate"/> before any
/// handler sees the body; rules that need stored state (does the job exist, may this stage follow that one) stay
/// with the grain that owns the state.
/// </summary>
public interface IValidatedRequest
{
    /// <summary>Throws <see cref="ApiProblemException"/> naming the first field that is wrong.</summary>
    void Validate();
}
