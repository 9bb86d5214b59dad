namespace BankHire.Analysis.Analytics;

/// <summary>The pipeline's main path in order, and the stages that end it without a hire.</summary>
public static class PipelineStages
{
    public static readonly IReadOnlyList<string> MainPath =
        ["Applied", "Screened", "Invited", "Booked", "Interviewing", "Completed", "SecondRound", "Offer", "Hired"];

    public static readonly IReadOnlyList<string> Exits = ["Rejected", "Withdrawn"];

    /// <summary>Position on the main path, or -1 for an exit stage.</summary>
    public static int Rank(string stage)
    {
        for (var i = 0; i < MainPath.Count; i++)
            if (string.Equals(MainPath[i], stage, StringComparison.Ordinal)) return i;
        return -1;
    }

    public static bool IsExit(string stage) => Exits.Contains(stage, StringComparer.Ordinal);
}
