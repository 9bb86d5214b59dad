namespace BankHire.Analysis.Vision;

/// <summary>
/// What the smile cue is worth, as last measured by the Vision test <c>SmileValidationTests</c> on faces
/// labelled by hand in Debian-packaged pictures (that test fails if the figures here go stale).
/// Below <see cref="TrustBar"/> the aggregator withholds smile_ratio: the cascade's false smiles follow
/// beards, wrinkles and glasses, so its errors would fall on particular candidates, not at random.
/// </summary>
public static class SmileValidation
{
    public const int LabelledFaces = 29;

    /// <summary>Correct calls when each face's threshold is chosen on the other 28 (leave-one-out).</summary>
    public const int CorrectLeaveOneOut = 21;

    /// <summary>Accuracy a facial cue needs before it may reach a hiring score.</summary>
    public const double TrustBar = 0.9;

    public static double Accuracy => (double)CorrectLeaveOneOut / LabelledFaces;

    public static bool Trusted => Accuracy >= TrustBar;

    public static string WithheldReason =>
        $"smile cue withheld: the smile cascade was right on {CorrectLeaveOneOut} of {LabelledFaces} labelled faces "
        + $"({Accuracy:P0}, below the {TrustBar:P0} bar); its false smiles follow beards, wrinkles and glasses";
}
