namespace BankHire.Privacy;

/// <summary>A job's impact assessments, append-only (the access gate writes who recorded each to the audit trail).</summary>
[GrainType("impact-assessment")]
public sealed class ImpactAssessmentGrain(
    [PersistentState("impact-assessment")] IPersistentState<ImpactAssessmentState> state,
    TimeProvider clock) : Grain, IImpactAssessmentGrain
{
    public async ValueTask<ImpactAssessment> RecordAsync(ImpactAssessment assessment)
    {
        if (DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) < assessment.AssessedOn)
            throw new ArgumentException($"The assessment date {assessment.AssessedOn:yyyy-MM-dd} is in the future.", nameof(assessment));
        var recorded = assessment with { RecordedAt = clock.GetUtcNow() };
        state.State.Assessments.Add(recorded);
        await state.WriteStateAsync();
        return recorded;
    }

    public ValueTask<ImpactAssessment?> GetCurrentAsync() => ValueTask.FromResult(state.State.Assessments.LastOrDefault());

    public ValueTask<IReadOnlyList<ImpactAssessment>> GetHistoryAsync() => ValueTask.FromResult<IReadOnlyList<ImpactAssessment>>([.. state.State.Assessments]);
}

[GenerateSerializer, Alias("bankhire.ImpactAssessmentState")]
public sealed class ImpactAssessmentState
{
    [Id(0)] public List<ImpactAssessment> Assessments { get; set; } = [];
}
