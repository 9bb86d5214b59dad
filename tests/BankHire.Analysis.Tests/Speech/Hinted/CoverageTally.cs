namespace BankHire.Analysis.Tests.Speech.Hinted;

/// <summary>
/// Expected-point recall (points said and found / points said), false coverage (points found but not said, per point
/// that could have been invented) and mean WER over a set of recognised answers.
/// </summary>
public sealed class CoverageTally
{
    private int said, found, invented, couldInvent, silentInvented, silentPoints;
    private readonly List<double> wers = [];

    public void Add(IReadOnlySet<string> truth, IReadOnlySet<string> heard, int pointCount, double wer)
    {
        said += truth.Count;
        found += truth.Count(heard.Contains);
        invented += heard.Count(p => !truth.Contains(p));
        couldInvent += pointCount - truth.Count;
        if (truth.Count == 0)
        {
            silentPoints += pointCount;
            silentInvented += heard.Count;
        }
        wers.Add(wer);
    }

    public int Answers => wers.Count;

    public double Recall => said == 0 ? double.NaN : (double)found / said;

    /// <summary>Points found but not said, per point not said.</summary>
    public double FalseCoverage => couldInvent == 0 ? 0 : (double)invented / couldInvent;

    /// <summary>Points found in answers that say none, per point of those answers.</summary>
    public double FalseCoverageWhenNoneSaid => silentPoints == 0 ? 0 : (double)silentInvented / silentPoints;

    public double MeanWer => wers.Count == 0 ? double.NaN : wers.Average();

    public override string ToString() =>
        $"{Answers} answers: recall {found}/{said} = {Recall:0.00}, false coverage {invented}/{couldInvent} = {FalseCoverage:0.000} " +
        $"(answers saying none: {silentInvented}/{silentPoints} = {FalseCoverageWhenNoneSaid:0.000}), WER {MeanWer:0.00}";
}
