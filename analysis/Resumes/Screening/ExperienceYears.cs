using BankHire.Analysis.Resumes.Extraction;

namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// Relevant experience in years. Each month counts once however many jobs overlap it, with the weight
/// of the most relevant: a relevant job 1, another job ½, a relevant internship ½, another internship ¼.
/// </summary>
public static class ExperienceYears
{
    public static double WeightOf(ExperienceEntry entry, bool relevant) =>
        (entry.IsInternship ? 0.5 : 1.0) * (relevant ? 1.0 : 0.5);

    public static double Compute(IEnumerable<(ExperienceEntry Entry, bool Relevant)> entries)
    {
        var months = new Dictionary<int, double>();
        foreach (var (entry, relevant) in entries)
        {
            var weight = WeightOf(entry, relevant);
            var first = entry.Start.Year * 12 + entry.Start.Month - 1;
            for (var m = first; m < first + entry.Months; m++)
                months[m] = Math.Max(months.GetValueOrDefault(m), weight);
        }
        return months.Values.Sum() / 12.0;
    }
}
