namespace BankHire.Analysis.Audio;

/// <summary>The live view of an answer still being recorded, for hints such as "silent for 10 s".</summary>
/// <param name="DurationSeconds">Audio received so far.</param>
/// <param name="SpeechSeconds">Speech detected so far, including speech still going on.</param>
/// <param name="SegmentCount">Speech segments so far, including one still going on.</param>
/// <param name="IsSpeaking">Whether the latest frames are speech.</param>
/// <param name="SilentSeconds">Seconds since the last speech (or since the start when nobody has spoken).</param>
/// <param name="LevelDb">Level of the latest 32 ms frame in dBFS (-100 before any audio).</param>
public sealed record AudioSnapshot(
    double DurationSeconds,
    double SpeechSeconds,
    int SegmentCount,
    bool IsSpeaking,
    double SilentSeconds,
    double LevelDb);
