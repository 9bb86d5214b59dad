namespace BankHire.Profiling;

/// <summary>
/// The stages of one answer's path that the pipeline profile times (<see cref="PipelineMeter"/>), named as the
/// answer README names them.
/// </summary>
public static class PipelineStage
{
    /// <summary>The chunk upload request from its start to its acknowledgement (wall time; all of ingest).</summary>
    public const string Ingest = "ingest";

    /// <summary>Inside ingest: the interview's progress and consent in force (one session grain call).</summary>
    public const string IngestAdmission = "ingest.admission";

    /// <summary>Inside ingest: sealing and committing the chunk to the store.</summary>
    public const string IngestStore = "ingest.store";

    /// <summary>Inside ingest: publishing the doorbell.</summary>
    public const string IngestDoorbell = "ingest.doorbell";

    /// <summary>One frame read by the vision scorer (decode, faces, landmarks, cues; CPU measured).</summary>
    public const string VisionFrame = "vision.frame";

    /// <summary>One audio chunk fed to the streaming voice analyser (pitch, energy; CPU measured; its VAD frames run in <see cref="AudioVad"/>).</summary>
    public const string AudioChunk = "audio.chunk";

    /// <summary>One group of live audio chunks' Silero VAD frames, run together for several candidates (CPU measured, on the batcher's thread).</summary>
    public const string AudioVad = "audio.vad";

    /// <summary>One answer's analysis at finish: what nobody read live, content, scoring (CPU measured).</summary>
    public const string AnswerAnalysis = "answer.analysis";
}
