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
}
