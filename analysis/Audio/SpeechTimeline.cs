namespace BankHire.Analysis.Audio;

/// <summary>Speech, pauses and silences of an answer, derived from its speech segments.</summary>
public sealed record SpeechTimeline(IReadOnlyList<SpeechSegment> Segments, double TotalSeconds, double PauseSeconds)
{
    public double SpeechSeconds => Segments.Sum(s => s.DurationSeconds);

    /// <summary>Gaps between two speech segments longer than the pause threshold; leading and trailing silence are not pauses.</summary>
    public IReadOnlyList<double> Pauses =>
        Segments.Zip(Segments.Skip(1), (a, b) => b.StartSeconds - a.EndSeconds).Where(g => g > PauseSeconds).ToList();

    /// <summary>The longest stretch without speech, leading and trailing silence included.</summary>
    public double LongestSilenceSeconds
    {
        get
        {
            var longest = 0.0;
            var previousEnd = 0.0;
            foreach (var segment in Segments)
            {
                longest = Math.Max(longest, segment.StartSeconds - previousEnd);
                previousEnd = segment.EndSeconds;
            }
            return Math.Max(longest, TotalSeconds - previousEnd);
        }
    }

    /// <summary>For each of <paramref name="count"/> frames of <paramref name="frameSeconds"/>: whether its middle lies in speech.</summary>
    public bool[] SpeechMask(int count, double frameSeconds)
    {
        var mask = new bool[count];
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            var time = (i + 0.5) * frameSeconds;
            while (next < Segments.Count && Segments[next].EndSeconds <= time) next++;
            mask[i] = next < Segments.Count && Segments[next].Contains(time);
        }
        return mask;
    }
}
