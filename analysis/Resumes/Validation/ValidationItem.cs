namespace BankHire.Analysis.Resumes.Validation;

/// <summary>
/// One labelled resume: what HR said (a tier, and a score when HR gave one) beside what the model said, with the
/// model's explanation so a disagreement can be read side by side.
/// </summary>
public sealed record ValidationItem(
    string File,
    string Language,
    string Format,
    char HrTier,
    double? HrScore,
    double ModelScore,
    bool KnockedOut,
    string ExplanationZh,
    string ExplanationEn)
{
    public char ModelTier => ScreeningTier.Of(ModelScore, KnockedOut);

    /// <summary>HR's order: the score when given, else the tier.</summary>
    public double HrValue => HrScore ?? ScreeningTier.Rank(HrTier);

    /// <summary>The model's order: a knocked-out resume ranks after every other, whatever its capped score.</summary>
    public double ModelValue => KnockedOut ? ModelScore - 1000 : ModelScore;
}
