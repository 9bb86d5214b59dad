namespace BankHire.Analysis.Scoring.Rubric;

/// <summary>The hiring recommendation derived from the overall score and the job's cut-offs.</summary>
public enum Recommendation
{
    /// <summary>优先录用: overall score at or above the priority-hire cut-off.</summary>
    PriorityHire,
    /// <summary>建议复试: at or above the second-round cut-off.</summary>
    SecondRound,
    /// <summary>淘汰: below the second-round cut-off.</summary>
    Reject,
    /// <summary>Written by scorers before 1.1: nothing could be scored. Read as <see cref="NeedsHumanReview"/>.</summary>
    NotScorable,
    /// <summary>需人工复核: the evidence a verdict rests on — above all what the candidate said — is missing; the report says
    /// why (<see cref="ScoreReport.HumanReview"/>). Never an automatic reject.</summary>
    NeedsHumanReview,
}
