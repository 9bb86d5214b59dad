namespace BankHire.Interviews;

[GenerateSerializer, Alias("bankhire.InterviewSessionState")]
public sealed class InterviewSessionState
{
    [Id(0)] public InterviewSnapshot? Interview { get; set; }

    /// <summary>Every consent given or withdrawn, oldest first; the last is in force.</summary>
    [Id(1)] public List<ConsentRecord> Consents { get; set; } = [];

    /// <summary>By question id; created on first use from the invitation's question order.</summary>
    [Id(2)] public Dictionary<string, QuestionProgress> Questions { get; set; } = [];

    [Id(3)] public List<IntegritySignal> Integrity { get; set; } = [];

    [Id(4)] public bool ReportReady { get; set; }

    /// <summary>
    /// The id of the one invitation token in force; null for sessions whose tokens were issued before tokens had ids
    /// (those legacy tokens stay valid until a token is issued or revoked).
    /// </summary>
    [Id(5)] public Guid? TokenId { get; set; }

    /// <summary>When HR marked the candidate withdrawn; from then on nothing more is taken from the candidate.</summary>
    [Id(6)] public DateTimeOffset? CandidateWithdrawnAt { get; set; }

    /// <summary>The latest deletion of the interview's frames and audio; null while they are kept.</summary>
    [Id(7)] public MediaPurge? MediaPurge { get; set; }
}
