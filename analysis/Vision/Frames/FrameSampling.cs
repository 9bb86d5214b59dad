namespace BankHire.Analysis.Vision;

/// <summary>
/// Which frames of an answer vision reads, by the frame's place in its answer (its seq): every
/// <see cref="AnalyseEvery"/>-th frame gets the whole analysis, and every <see cref="SmallFaceSearchEvery"/>-th the
/// small-face pass as well. The rule is deterministic, so the live readings, the analysis at finish and a rescoring
/// from the store read the same frames and give the same features; every frame is still stored.
/// </summary>
/// <remarks>
/// Why a sample: at the page's 2 fps one analysed frame costs ≈ 6 ms and a small-face search ≈ 50 ms on the 2-core
/// machine (tests/BankHire.Benchmarks/Vision/RESULTS.md), so reading every frame would let vision alone use a core per
/// ≈ 35 candidates. Presence, eye contact and smile are shares of frames: a systematic sample of one frame a second
/// estimates them without bias over answers of 20 s and more.
/// </remarks>
public sealed record FrameSampling
{
    public FrameSampling(int analyseEvery, int smallFaceSearchEvery)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(analyseEvery);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(smallFaceSearchEvery);
        if (smallFaceSearchEvery % analyseEvery != 0)
            throw new ArgumentException(
                $"The small-face search (every {smallFaceSearchEvery}) must fall on analysed frames (every {analyseEvery}).",
                nameof(smallFaceSearchEvery));
        AnalyseEvery = analyseEvery;
        SmallFaceSearchEvery = smallFaceSearchEvery;
    }

    /// <summary>One frame in this many is analysed: 2 at 2 fps is one a second.</summary>
    public int AnalyseEvery { get; }

    /// <summary>One frame in this many is also searched for small faces: 12 at 2 fps is every 6 s.</summary>
    public int SmallFaceSearchEvery { get; }

    /// <summary>One analysed frame a second and a search for a second person every 6 s at the page's 2 fps.</summary>
    public static FrameSampling Default { get; } = new(2, 12);

    /// <summary>Every frame analysed and searched: for measuring the analyser itself.</summary>
    public static FrameSampling EveryFrame { get; } = new(1, 1);

    public bool Analyses(int frameIndex) => frameIndex % AnalyseEvery == 0;

    public bool SearchesSmallFaces(int frameIndex) => frameIndex % SmallFaceSearchEvery == 0;
}
