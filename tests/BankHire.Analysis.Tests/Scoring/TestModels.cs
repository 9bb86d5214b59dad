using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Tests.Scoring;

/// <summary>A small, valid model to mutate one field at a time in tests.</summary>
internal static class TestModels
{
    public static Indicator Smile(double weight = 0.4) => new("smile_ratio", IndicatorDirection.AtLeast, 0.80, weight, 0.40);
    public static Indicator Polite(double weight = 0.6) => new("polite_phrase_rate", IndicatorDirection.AtLeast, 0.90, weight, 0.60);
    public static Indicator Pauses(double weight = 0.5) => new("pause_ratio", IndicatorDirection.AtMost, 0.25, weight, 0.25);
    public static Indicator Coverage(double weight = 0.5) => new("expected_point_coverage", IndicatorDirection.AtLeast, 0.70, weight, 0.50);

    public static Competency Service(double weight = 0.6) =>
        new("service_orientation", "服务意识", "Service orientation", weight, 60, [Smile(), Polite()], ["客户服务"]);

    public static Competency Communication(double weight = 0.4) =>
        new("communication", "沟通能力", "Communication", weight, 60, [Pauses(), Coverage()], ["演讲"]);

    public static InterviewQuestion Question(string id, string competencyKey, bool practice = false) =>
        new(id, competencyKey, "请介绍一次服务客户的经历。", "Describe a time you served a customer.", 30, 120, 1,
            practice ? [] : [new ExpectedPoint("empathy", "共情", "Empathy", ["理解"])], practice);

    public static CompetencyModel Valid() => new(
        "teller", "柜员", "Teller",
        [Service(), Communication()],
        new ScoringPolicy(FacialIndicatorsAllowed: true, PriorityHireCutoff: 80, SecondRoundCutoff: 60),
        new ScreeningCriteria(
            [new Requirement("bachelor_degree", "本科", "Bachelor", ["本科"])],
            [new Requirement("banking_qualification", "银行从业资格证", "Banking qualification", ["银行从业资格"])],
            new EducationRequirement(DegreeLevel.Bachelor, ["金融学"]), 0),
        [Question("q0", "communication", practice: true), Question("q1", "service_orientation"), Question("q2", "communication")]);

    public static CompetencyModel WithCompetency(this CompetencyModel model, int index, Func<Competency, Competency> change) =>
        model with { Competencies = [.. model.Competencies.Select((c, i) => i == index ? change(c) : c)] };

    public static CompetencyModel WithIndicator(this CompetencyModel model, int competency, int index, Func<Indicator, Indicator> change) =>
        model.WithCompetency(competency, c => c with { Indicators = [.. c.Indicators.Select((x, i) => i == index ? change(x) : x)] });

    public static CompetencyModel WithQuestion(this CompetencyModel model, int index, Func<InterviewQuestion, InterviewQuestion> change) =>
        model with { Questions = [.. model.Questions.Select((q, i) => i == index ? change(q) : q)] };
}
