using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Jobs;

/// <summary>The jurisdiction pack of a job, for the grains that enforce its rules where the action happens.</summary>
public static class JobJurisdiction
{
    /// <summary>The job's pack; <see cref="JurisdictionPack.None"/> for an unknown job or a model that cannot be read.</summary>
    public static async Task<JurisdictionPack> PackAsync(IGrainFactory grains, string jobId)
    {
        if (await grains.GetGrain<IJobRubricGrain>(jobId).GetAsync() is not { } job) return JurisdictionPack.None;
        try
        {
            return CompetencyModelJson.Deserialize(job.Rubric.ModelJson).Policy.Pack;
        }
        catch (CompetencyModelFormatException)
        {
            return JurisdictionPack.None;
        }
    }
}
