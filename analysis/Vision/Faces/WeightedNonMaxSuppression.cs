namespace BankHire.Analysis.Vision;

/// <summary>
/// MediaPipe's "weighted" suppression: the best remaining candidate absorbs every candidate overlapping it,
/// and the face's coordinates become their score-weighted mean. It steadies boxes and keypoints from frame to
/// frame better than plain suppression, which keeps only the single best box.
/// </summary>
internal static class WeightedNonMaxSuppression
{
    public static List<RawDetection> Apply(List<RawDetection> candidates, float iouThreshold)
    {
        var remaining = candidates.OrderByDescending(c => c.Score).ToList();
        var kept = new List<RawDetection>();
        while (remaining.Count > 0)
        {
            var best = remaining[0];
            var cluster = remaining.Where(c => best.IntersectionOverUnion(c) > iouThreshold || ReferenceEquals(c, best)).ToList();
            remaining.RemoveAll(cluster.Contains);

            var merged = new float[RawDetection.CoordCount];
            var totalScore = 0f;
            foreach (var member in cluster)
            {
                totalScore += member.Score;
                for (var k = 0; k < merged.Length; k++) merged[k] += member.Coords[k] * member.Score;
            }

            for (var k = 0; k < merged.Length; k++) merged[k] /= totalScore;
            kept.Add(new RawDetection(best.Score, merged));
        }

        return kept;
    }
}
