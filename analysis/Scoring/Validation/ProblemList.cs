using System.Globalization;

namespace BankHire.Analysis.Scoring.Validation;

/// <summary>Collects problems while the validator walks the model.</summary>
internal sealed class ProblemList
{
    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Items => _problems;

    public void Add(string path, string reason) => _problems.Add(new ValidationProblem(path, reason));

    public void RequireText(string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(path, "is required");
    }

    public void RequirePositive(string path, double value)
    {
        if (!double.IsFinite(value) || value <= 0)
            Add(path, $"must be a positive number, got {Format(value)}");
    }

    public void RequireWithin(string path, double value, double min, double max, string what = "must be")
    {
        if (!double.IsFinite(value) || value < min || value > max)
            Add(path, $"{what} between {Format(min)} and {Format(max)}, got {Format(value)}");
    }

    /// <summary>Reports every repeat of a key after its first use, naming where it was first used.</summary>
    public void RejectDuplicates<T>(IReadOnlyList<T> items, Func<T, string> key, Func<int, string> pathOf, string what)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var k = key(items[i]);
            if (string.IsNullOrWhiteSpace(k))
                continue;
            if (firstSeen.TryGetValue(k, out var first))
                Add(pathOf(i), $"duplicate {what} '{k}' (first used at {pathOf(first)})");
            else
                firstSeen[k] = i;
        }
    }

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
