namespace BankHire.Analysis.Validity;

/// <summary>
/// One hire for a validity study: the scores at hire by predictor (competency keys, "interview", "screening") and the
/// later outcomes by name (performance, attendance, retention-3m/6m/12m); an outcome not yet observable is absent.
/// </summary>
public sealed record HireOutcome(IReadOnlyDictionary<string, double> Predictors, IReadOnlyDictionary<string, double> Outcomes);
