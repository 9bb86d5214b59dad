namespace BankHire.Analysis.Audio;

/// <summary>What is kept of one 512-sample (32 ms) frame once its samples are gone.</summary>
/// <param name="SpeechProbability">Silero's speech probability.</param>
/// <param name="LevelDb">RMS level in dBFS.</param>
/// <param name="PitchHz">YIN pitch, NaN when unvoiced or not measured (clearly not speech).</param>
public readonly record struct FrameMeasurement(float SpeechProbability, float LevelDb, float PitchHz)
{
    public bool IsVoiced => !float.IsNaN(PitchHz);
}
