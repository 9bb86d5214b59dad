using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Validation;
using BankHire.Analysis.Scoring.Model;
using BankHire.Web.Problems;

namespace BankHire.Web.Jobs;

/// <summary>
/// Every competency model passes here before it reaches a JobRubric grain: rejected with the offending
/// field if invalid, weights normalised (and said so), then stored as canonical JSON.
/// </summary>
public static class CompetencyModelGate
{
    public sealed record Admitted(CompetencyModel Model, string Json, IReadOnlyList<string> Notes);

    public static Admitted Admit(CompetencyModel? model, string field)
    {
        if (model is null) throw ApiProblemException.Invalid(field, $"'{field}' is required.");
        var problems = CompetencyModelValidator.Validate(model);
        if (problems.Count > 0)
        {
            var first = problems[0];
            throw new ApiProblemException(400, "Invalid competency model",
                string.Join("; ", problems.Select(p => $"{p.Path}: {p.Reason}")), $"{field}.{first.Path}");
        }
        var normalised = WeightNormaliser.Normalise(model);
        var notes = normalised.NormalisedPaths.Select(p => $"Weights of {p} were normalised to sum to 1.").ToList();
        return new Admitted(normalised.Model, CompetencyModelJson.Serialize(normalised.Model), notes);
    }

    public static CompetencyModel Read(string json) => CompetencyModelJson.Deserialize(json);
}
