namespace BankHire.Resumes;

[GenerateSerializer, Alias("bankhire.ScreeningValidationState")]
public sealed class ScreeningValidationState
{
    /// <summary>Newest first; the oldest are dropped past <see cref="ScreeningValidationGrain.KeptRuns"/>.</summary>
    [Id(0)] public List<ScreeningValidationRun> Runs { get; set; } = [];
}
