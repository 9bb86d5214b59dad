namespace BankHire.Hosting.Answers;

/// <summary>Where a track stands, from the sequence numbers stored so far: what the client should send next
/// and which numbers below the highest are still missing (a resumable upload resends them).</summary>
public sealed record ChunkSequence(int NextExpectedSeq, IReadOnlyList<int> MissingSeqs)
{
    /// <param name="storedSeqs">Stored sequence numbers, ascending, no duplicates.</param>
    public static ChunkSequence Of(IReadOnlyList<int> storedSeqs)
    {
        var missing = new List<int>();
        var expected = 0;
        foreach (var seq in storedSeqs)
        {
            for (; expected < seq; expected++) missing.Add(expected);
            expected = seq + 1;
        }
        var next = missing.Count > 0 ? missing[0] : expected;
        return new ChunkSequence(next, missing);
    }
}
