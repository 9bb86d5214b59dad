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
    /// <summary>无法评分: nothing could be scored (no data or no consent); a person must review, never an automatic reject.</summary>
    NotScorable,
}
