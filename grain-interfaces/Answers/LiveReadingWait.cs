namespace BankHire.Answers;

/// <summary>How long an answer's scoring waits for the scorers' live readings. At a peak a scorer may be seconds to
/// minutes behind its stream; with Orleans' default 30-s timeout the scoring gave up and analysed every stored chunk
/// again, which loaded the silo further exactly when it was behind (300 live candidates on 2 cores: 2,700 such timeouts in
/// one run and reports 34 s late). Waiting costs nothing; a dead scorer's silo fails the call at once anyway.</summary>
public static class LiveReadingWait
{
    public const string Longest = "00:05:00";
}
