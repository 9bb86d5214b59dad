namespace BankHire.Analysis.Attrition;

/// <summary>
/// What the attrition score may look at — attendance month by month, performance review scores, tenure — and nothing
/// else: no age, sex, ethnicity, marital or family status, health, union or any other protected attribute is an input.
/// </summary>
public sealed record AttritionSignals(int TenureMonths, IReadOnlyList<AttritionSignals.Month> Months, IReadOnlyList<double> ReviewScores)
{
    /// <summary>One month of attendance (oldest first in <see cref="Months"/>).</summary>
    public sealed record Month(int Workdays, int Absent, int Late, int EarlyLeave, int LeaveDays);
}
