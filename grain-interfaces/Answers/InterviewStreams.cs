namespace BankHire.Answers;

/// <summary>
/// The Orleans stream provider and its namespaces. Everything on them flows one way, from whoever has the fact to
/// whoever subscribed implicitly: stored chunks' doorbells (ingest → scorers, keyed by the answer's stream key), and the
/// integrity signals and stored reports the scorers find (scorers → the interview's session, keyed by interview id).
/// </summary>
public static class InterviewStreams
{
    public const string Provider = "interview";
    public const string Frames = "frames";
    public const string Audio = "audio";

    /// <summary><c>IntegritySignal</c>s the scorers noticed (extra_faces), keyed by interview id.</summary>
    public const string Integrity = "integrity";

    /// <summary><c>ReportStored</c>: the interview's report is stored, keyed by interview id.</summary>
    public const string Reports = "reports";

    public static string Namespace(ChunkKind kind) => kind == ChunkKind.Frame ? Frames : Audio;
}
