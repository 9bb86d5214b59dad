namespace BankHire.Analysis.Vision;

/// <summary>
/// The recognition net's 128 numbers for one face. Two faces of one person lie closer than
/// <see cref="FaceMatchRule.SamePersonBelow"/> (Euclidean distance).
/// </summary>
public sealed record FaceDescriptor(float[] Values)
{
    public double DistanceTo(FaceDescriptor other)
    {
        if (other.Values.Length != Values.Length) throw new ArgumentException("Descriptors of different lengths.", nameof(other));
        var sum = 0.0;
        for (var i = 0; i < Values.Length; i++) sum += (Values[i] - other.Values[i]) * (double)(Values[i] - other.Values[i]);
        return Math.Sqrt(sum);
    }

    /// <summary>The mean of several descriptors of one face (an enrolment of a few frames).</summary>
    public static FaceDescriptor Mean(IReadOnlyList<FaceDescriptor> descriptors) => new(
        [.. Enumerable.Range(0, descriptors[0].Values.Length).Select(i => (float)descriptors.Average(d => d.Values[i]))]);
}
