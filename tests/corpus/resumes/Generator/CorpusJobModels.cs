using BankHire.Analysis.Scoring.Model;

namespace BankHire.Corpus;

/// <summary>Job models shaped like the shipped templates (柜员 teller, 风险分析师 risk analyst), with resume terms only.</summary>
public static class CorpusJobModels
{
    private static readonly ScoringPolicy Policy = new(FacialIndicatorsAllowed: false, PriorityHireCutoff: 80, SecondRoundCutoff: 60);

    private static Competency C(string key, string zh, string en, double weight, params string[] terms) => new(key, zh, en, weight, 60, [], terms);

    private static Requirement R(string key, string zh, string en, params string[] terms) => new(key, zh, en, terms);

    public static readonly CompetencyModel Teller = new(
        "teller", "柜员", "Teller",
        [
            C("service", "服务意识", "Service orientation", 0.3, "客户服务", "服务意识", "客户满意度", "礼仪", "柜员", "大堂经理"),
            C("communication", "沟通能力", "Communication", 0.2, "沟通能力", "团队合作"),
            C("stress", "抗压能力", "Stress tolerance", 0.15, "抗压能力", "投诉处理"),
            C("compliance", "合规意识", "Compliance", 0.15, "合规"),
            C("numeracy", "数字敏感度", "Numeracy", 0.2, "现金业务", "会计学", "数据分析", "财务分析"),
        ],
        Policy,
        new ScreeningCriteria(
            [],
            [R("banking-cert", "银行从业资格", "Banking qualification", "银行从业资格"), R("cet6", "英语六级", "CET-6", "CET-6", "大学英语六级", "英语六级"), R("bank-experience", "银行工作或实习", "Bank work or internship", "银行")],
            new EducationRequirement(DegreeLevel.Bachelor, ["金融学", "经济学", "会计学", "管理学"]),
            0),
        []);

    public static readonly CompetencyModel RiskAnalyst = new(
        "risk-analyst", "风险分析师", "Risk analyst",
        [
            C("risk", "风险分析", "Risk analysis", 0.4, "风险管理", "风险分析", "信用风险", "压力测试"),
            C("modelling", "建模与数据", "Modelling and data", 0.35, "建模", "数据分析", "Python", "SQL"),
            C("compliance", "合规意识", "Compliance", 0.25, "合规"),
        ],
        Policy,
        new ScreeningCriteria(
            [R("quant-degree", "金融/统计/数学类专业", "Finance, statistics or mathematics", "金融学", "统计学", "数学", "金融工程", "经济学")],
            [R("cfa", "CFA", "CFA", "CFA"), R("frm", "FRM", "FRM", "FRM")],
            new EducationRequirement(DegreeLevel.Master, ["金融学", "统计学", "数学", "金融工程"]),
            2),
        []);
}
