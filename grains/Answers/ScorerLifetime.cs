namespace BankHire.Answers;

/// <summary>
/// How long an idle scorer stays in memory. A scorer lives for one answer: doorbells keep it busy while the answer
/// streams in, and the answer's scoring takes its readings within seconds of the finish; after that nobody asks. Orleans'
/// default of 15 idle minutes kept every answer of the last quarter hour in memory at a campus peak. A scorer collected
/// too early (a candidate pausing for minutes) loses nothing: the next one reads what it missed from the store.
/// The answer's scoring grain goes as soon: its score is stored, and the interview's scoring reads it within seconds. At 240
/// live candidates these per-answer grains were most of the 37,000 activations a soak held at minute 12 (six answers an
/// interview, each kept the default quarter hour).
/// </summary>
public static class ScorerLifetime
{
    public const double IdleMinutes = 2;
}
