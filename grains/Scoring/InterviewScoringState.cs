namespace BankHire.Scoring;

[GenerateSerializer, Alias("bankhire.InterviewScoringState")]
public sealed class InterviewScoringState
{
    [Id(0)] public InterviewReport? Report { get; set; }

    /// <summary>When the job's policy releases the candidate's feedback without HR; null when HR alone does (or it is out).</summary>
    [Id(1)] public DateTimeOffset? FeedbackReleaseAt { get; set; }
}
