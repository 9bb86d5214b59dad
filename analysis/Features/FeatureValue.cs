namespace BankHire.Analysis.Features;

/// <summary>
/// One measured feature. <see cref="Value"/> is null when the analyser had no usable data
/// (a black frame, silence only…); <see cref="NoDataReason"/> then says why, so scoring can explain it
/// instead of treating it as zero.
/// </summary>
public sealed record FeatureValue(string Name, double? Value, string AnalyserVersion, string? NoDataReason = null)
{
    public static FeatureValue Of(string name, double value, string analyserVersion) => new(name, value, analyserVersion);

    public static FeatureValue NoData(string name, string analyserVersion, string reason) => new(name, null, analyserVersion, reason);

    public bool HasValue => Value.HasValue;
}
