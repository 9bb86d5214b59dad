using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using BankHire.Attendance;
using BankHire.Candidates;
using BankHire.Employees;
using BankHire.Employees.Onboarding;
using BankHire.Jobs;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Web.Jobs;

namespace BankHire.Web.Demo;

/// <summary>
/// Last year's teller intake, on last year's (closed) job so this year's funnel stays as the demo tells it, hired five
/// to nine months ago, so attendance, performance, attrition and the predictive-validity report show something on first
/// run. Performance truly depends on the competencies with weights unlike the model's (service and compliance count
/// more), which the validity report finds. Fixed seed: the same every run.
/// </summary>
internal sealed class DemoCohort(IGrainFactory grains, TimeProvider clock)
{
    public const string JobId = "teller-2026-campus";
    public const int Size = 36;
    private const string TemplateCode = "teller";
    private const string BranchCode = "SH-LJZ";
    private const string Actor = "demo-seed";
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"];
    private static readonly string[] Given = ["晓", "子涵", "一鸣", "思远", "雨桐", "浩然", "佳琪", "梓萱", "俊杰", "欣怡", "宇航", "诗涵"];
    private static readonly Dictionary<string, double> TrueWeights = new()
    {
        ["service_orientation"] = 0.35, ["compliance"] = 0.3, ["communication"] = 0.15, ["stress_tolerance"] = 0.1, ["numeracy"] = 0.1, ["problem_solving"] = 0,
    };

    public static Guid Id(int i) => new(MD5.HashData(Encoding.UTF8.GetBytes($"demo-cohort/{i}")));

    public async Task SeedAsync(CancellationToken ct)
    {
        var job = await CreateJobAsync();
        var competencies = CompetencyModelGate.Read(job.Rubric.ModelJson).Competencies;
        var random = new Random(2027);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < Size; i++)
        {
            ct.ThrowIfCancellationRequested();
            var scores = competencies.ToImmutableDictionary(c => c.Key, _ => Math.Round(Math.Clamp(68 + 10 * Normal(random), 40, 98), 1));
            var merit = scores.Sum(s => TrueWeights.GetValueOrDefault(s.Key) * (s.Value - 68) / 10) + 0.6 * Normal(random);
            var overall = Math.Round(competencies.Sum(c => c.Weight * scores[c.Key]), 1);
            await HireAsync(i, job, scores, overall, merit, random, today);
        }
    }

    private async Task<JobSnapshot> CreateJobAsync()
    {
        var admitted = CompetencyModelGate.Admit(JobTemplates.Load(TemplateCode), "model");
        var posting = new JobPosting($"{admitted.Model.TitleZh}（2026 届）", $"{admitted.Model.TitleEn}, class of 2026", TemplateCode, BranchCode, Size, JobStatus.Closed);
        return await grains.GetGrain<IJobRubricGrain>(JobId).CreateAsync(posting, admitted.Json, Actor);
    }

    private async Task HireAsync(int i, JobSnapshot job, ImmutableDictionary<string, double> scores, double overall, double merit, Random random, DateOnly today)
    {
        var id = Id(i);
        var name = Surnames[i % Surnames.Length] + Given[(i * 5 + 3) % Given.Length];
        var candidate = grains.GetGrain<ICandidateGrain>(id);
        // No e-mail or phone: the demo sends nothing (the welcome is recorded as failed for want of an address).
        var snapshot = await candidate.CreateAsync(new CandidateApplication(new CandidateContact(name, null, null), JobId, "示范大学", "金融学", 2026, "campus-fair"), Actor);
        foreach (var stage in DemoBank.PathTo(CandidateStage.Offer))
            if (PipelineRules.CanMove(snapshot.Stage, stage)) snapshot = await candidate.MoveToAsync(stage, Actor, "demo data");

        var start = today.AddDays(-(150 + 21 * (i % 6)));
        var leftOn = merit < -1.1 ? start.AddDays(100 + 10 * (i % 5)) : (DateOnly?)null;
        var record = new EmployeeRecord(id, name, JobId, BranchCode, job.Posting.TitleZh, start, "陆家嘴支行 网点主任", LeftOn: leftOn);
        var screening = Math.Round(Math.Clamp(overall + 6 * Normal(random), 30, 99), 1);
        var employee = grains.GetGrain<IEmployeeGrain>(id);
        await employee.OnboardAsync(new Hire(record, new HireScores(job.Rubric.Version, screening, overall, scores, null), Actor));
        if (snapshot.Stage != CandidateStage.Hired) await candidate.MoveToAsync(CandidateStage.Hired, Actor, "demo data");
        foreach (var task in new[] { OnboardingChecklist.Documents, OnboardingChecklist.Contract, OnboardingChecklist.Training })
            await employee.CompleteTaskAsync(task, Actor);

        var last = leftOn ?? today.AddDays(-1);
        await grains.GetGrain<IAttendanceGrain>(id).ImportAsync(History(start, last, merit, random));
        for (var quarter = start.AddMonths(3); quarter <= last; quarter = quarter.AddMonths(3))
        {
            var score = Math.Round(Math.Clamp(75 + 8 * merit + 3 * Normal(random), 35, 100), 1);
            await employee.AddReviewAsync(new PerformanceReview($"{quarter.Year}-Q{(quarter.Month + 2) / 3}", score, Actor,
                new DateTimeOffset(quarter.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        }
    }

    /// <summary>Working days from the first to the last: in before nine most days, less often for the weaker hires.</summary>
    private static ImmutableArray<CheckIn> History(DateOnly from, DateOnly to, double merit, Random random)
    {
        var lateChance = Math.Clamp(0.06 - 0.04 * merit, 0.01, 0.3);
        var history = ImmutableArray.CreateBuilder<CheckIn>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            if (random.NextDouble() < lateChance / 3) continue; // absent
            var late = random.NextDouble() < lateChance;
            history.Add(CheckIn(day, new TimeOnly(late ? 9 : 8, late ? 10 + random.Next(30) : 35 + random.Next(20)), CheckInKind.In, random));
            history.Add(CheckIn(day, new TimeOnly(17, 32 + random.Next(25)), CheckInKind.Out, random));
        }
        return history.ToImmutable();
    }

    private static CheckIn CheckIn(DateOnly day, TimeOnly time, CheckInKind kind, Random random)
    {
        var at = new DateTimeOffset(day.ToDateTime(time), TimeSpan.FromHours(8));
        var lat = 31.2397 + (random.NextDouble() - 0.5) * 0.001;
        var lon = 121.4998 + (random.NextDouble() - 0.5) * 0.001;
        var submission = new CheckInSubmission(Guid.NewGuid(), kind, CheckInMethod.Location, lat, lon, 10 + random.Next(30), at, at, null, null, false);
        return new CheckIn(submission, at, 0, at, "SH-LJZ", Math.Round(BankHire.Attendance.Geofence.DistanceMeters(lat, lon, 31.2397, 121.4998), 1),
            CheckInOutcome.Accepted, []);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
