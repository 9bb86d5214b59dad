namespace BankHire.Analysis.Resumes.Ranking;

/// <summary>
/// Orders a job's candidates: must-haves met first, then score, then relevant experience, then the
/// written test, then candidate id, so equal scores always rank the same way. Top-N keeps a bounded
/// heap instead of sorting everyone.
/// </summary>
public static class CandidateRanker
{
    public static readonly IComparer<RankingEntry> Order = Comparer<RankingEntry>.Create(Compare);

    public static List<RankedCandidate> Rank(IEnumerable<RankingEntry> entries, RankingFilter filter, int? top = null)
    {
        if (top is <= 0) return [];
        List<RankingEntry> chosen;
        if (top is { } n)
        {
            // Max-heap on "worse than": the root is the worst of the best n seen so far.
            var heap = new PriorityQueue<RankingEntry, RankingEntry>(n + 1, Comparer<RankingEntry>.Create((a, b) => Compare(b, a)));
            foreach (var entry in entries)
            {
                if (!filter.Accepts(entry)) continue;
                if (heap.Count < n) heap.Enqueue(entry, entry);
                else if (Compare(entry, heap.Peek()) < 0) heap.DequeueEnqueue(entry, entry);
            }
            chosen = new List<RankingEntry>(heap.Count);
            while (heap.Count > 0) chosen.Add(heap.Dequeue());
            chosen.Reverse();
        }
        else
        {
            chosen = entries.Where(filter.Accepts).ToList();
            chosen.Sort(Order);
        }
        var ranked = new List<RankedCandidate>(chosen.Count);
        for (var i = 0; i < chosen.Count; i++) ranked.Add(new RankedCandidate(i + 1, chosen[i]));
        return ranked;
    }

    private static int Compare(RankingEntry a, RankingEntry b)
    {
        var c = a.KnockedOut.CompareTo(b.KnockedOut);
        if (c != 0) return c;
        c = b.Score.CompareTo(a.Score);
        if (c != 0) return c;
        c = b.ExperienceYears.CompareTo(a.ExperienceYears);
        if (c != 0) return c;
        c = (b.WrittenTestScore ?? -1).CompareTo(a.WrittenTestScore ?? -1);
        return c != 0 ? c : string.CompareOrdinal(a.CandidateId, b.CandidateId);
    }
}
