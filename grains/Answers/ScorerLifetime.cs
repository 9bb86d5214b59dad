namespace BankHire.Answers;

/// <summary>
/// How long an idle scorer stays in memory. A scorer lives for one answer: doorbells keep it busy while the answer
/// streams in, and the answer's scoring takes its readings within seconds of the finish; after that nobody asks. Orleans'
/// default of 15 idle minutes kept every answer of the last quarter hour in memory at a campus peak. A scorer collected
/// too early (a candidate pausing for minutes) loses nothing: the next one reads what it missed from the store.
/// </summary>
public static class ScorerLifetime
{
    public const double IdleMinutes = 2;
}
