using Orleans.Concurrency;

namespace BankHire.Privacy;

/// <summary>A job's impact assessments, keyed by job id: the current one and every earlier one (never overwritten).</summary>
[Alias("bankhire.IImpactAssessmentGrain")]
public interface IImpactAssessmentGrain : IGrainWithStringKey
{
    /// <summary>Records a new assessment; it becomes the current one, the earlier ones are kept.</summary>
    [Alias("Record")] ValueTask<ImpactAssessment> RecordAsync(ImpactAssessment assessment);

    [Alias("GetCurrent"), ReadOnly] ValueTask<ImpactAssessment?> GetCurrentAsync();

    /// <summary>Every assessment recorded for the job, oldest first.</summary>
    [Alias("GetHistory"), ReadOnly] ValueTask<IReadOnlyList<ImpactAssessment>> GetHistoryAsync();
}
