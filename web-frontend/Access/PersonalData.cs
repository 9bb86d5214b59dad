namespace BankHire.Web.Access;

/// <summary>The kinds of personal data a route can show; a role sees a kind only when the matrix grants it.</summary>
[Flags]
public enum PersonalData
{
    None = 0,
    /// <summary>Name, stage, education, application facts.</summary>
    Profile = 1,
    /// <summary>E-mail and phone.</summary>
    Contact = 2,
    /// <summary>The resume, its text and its screening.</summary>
    Resume = 4,
    /// <summary>Composite scores: overall, per competency, the AI suggestion and HR's decisions.</summary>
    Scores = 8,
    /// <summary>Expression-level features: per-indicator face and voice measurements (smile, gaze, pitch…).</summary>
    Expression = 16,
    /// <summary>Interview video frames.</summary>
    Frames = 32,
    /// <summary>What the candidate said or typed (transcripts, typed answers).</summary>
    Transcripts = 64,
    /// <summary>Invitations, consents, interview progress and integrity signals.</summary>
    Interview = 128,
    /// <summary>An employee's record, attendance, reviews and feedback.</summary>
    Employee = 256,
    /// <summary>Voluntary self-identification (sex, age band, ethnicity), only ever in aggregate for HR.</summary>
    SelfIdentification = 512,
    /// <summary>The audit trail itself (who read what).</summary>
    Audit = 1024,
    /// <summary>Everything held about a candidate, as a data-subject export.</summary>
    Export = 2048,
}
