namespace BankHire.Analysis.Tests.Validity;

/// <summary>
/// A hiring cohort with known truth: applicants' competency scores (0–100 scale, correlated through a common factor),
/// a later outcome that is the true weighted sum plus noise, and hiring by the current rubric's composite (so the hires'
/// range is restricted, as in life).
/// </summary>
public sealed class HiringCohortSimulator(int seed)
{
    private readonly Random _random = new(seed);

    public sealed record Person(double[] Scores, double Outcome);

    public sealed record Cohort(IReadOnlyList<Person> Applicants, IReadOnlyList<Person> Hired);

    public Cohort Run(int applicants, double[] trueWeights, double[] currentWeights, double hireShare, double noise, double factorLoading = 0.5)
    {
        var people = Enumerable.Range(0, applicants).Select(_ =>
        {
            var common = Normal();
            var scores = trueWeights.Select(_ => 60 + 12 * (factorLoading * common + Math.Sqrt(1 - factorLoading * factorLoading) * Normal())).ToArray();
            var outcome = scores.Zip(trueWeights).Sum(p => p.First * p.Second) + noise * Normal();
            return new Person(scores, outcome);
        }).ToList();
        var hired = people.OrderByDescending(p => p.Scores.Zip(currentWeights).Sum(x => x.First * x.Second)).Take((int)(applicants * hireShare)).ToList();
        return new Cohort(people, hired);
    }

    public double Normal()
    {
        // Box–Muller.
        var u1 = 1 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
