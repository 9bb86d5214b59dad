using System.Security.Cryptography;
using System.Text;
using BankHire.Banks;
using BankHire.Candidates;

namespace BankHire.Web.Demo;

/// <summary>The fictional bank, jobs and candidates a fresh installation starts with.</summary>
internal static class DemoBank
{
    public static readonly BankProfile Profile = new("示范银行", "Demo Bank",
    [
        new Branch("SH-LJZ", "上海陆家嘴支行", "Shanghai Lujiazui", "上海", 31.2397, 121.4998, 300),
        new Branch("BJ-JRJ", "北京金融街支行", "Beijing Financial Street", "北京", 39.9163, 116.3540, 300),
        new Branch("SZ-FT", "深圳福田支行", "Shenzhen Futian", "深圳", 22.5411, 114.0579, 300),
    ]);

    public sealed record DemoJob(string Id, string TemplateCode, string BranchCode, int Openings);

    public static readonly IReadOnlyList<DemoJob> Jobs =
    [
        new("teller-2027-campus", "teller", "SH-LJZ", 40),
        new("client-manager-2027-campus", "client-manager", "BJ-JRJ", 20),
        new("risk-analyst-2027-campus", "risk-analyst", "SH-LJZ", 8),
        new("it-engineer-2027-campus", "it-engineer", "SZ-FT", 12),
    ];

    public sealed record DemoCandidate(string Name, string Email, string JobId, string School, string Major, CandidateStage Stage);

    public static readonly IReadOnlyList<DemoCandidate> Candidates =
    [
        new("王小明", "xiaoming.wang@example.edu.cn", "teller-2027-campus", "上海财经大学", "金融学", CandidateStage.Invited),
        new("李思雨", "siyu.li@example.edu.cn", "teller-2027-campus", "华东师范大学", "会计学", CandidateStage.Booked),
        new("张晨", "chen.zhang@example.edu.cn", "teller-2027-campus", "复旦大学", "经济学", CandidateStage.Applied),
        new("陈佳怡", "jiayi.chen@example.edu.cn", "client-manager-2027-campus", "中国人民大学", "市场营销", CandidateStage.Interviewing),
        new("刘洋", "yang.liu@example.edu.cn", "client-manager-2027-campus", "北京大学", "工商管理", CandidateStage.Completed),
        new("Emily Zhou", "emily.zhou@example.com", "client-manager-2027-campus", "University of Edinburgh", "Finance", CandidateStage.Screened),
        new("赵磊", "lei.zhao@example.edu.cn", "risk-analyst-2027-campus", "清华大学", "统计学", CandidateStage.SecondRound),
        new("孙悦", "yue.sun@example.edu.cn", "risk-analyst-2027-campus", "南开大学", "金融工程", CandidateStage.Offer),
        new("Daniel Wu", "daniel.wu@example.com", "risk-analyst-2027-campus", "London School of Economics", "Economics", CandidateStage.Applied),
        new("周杰", "jie.zhou@example.edu.cn", "it-engineer-2027-campus", "浙江大学", "计算机科学与技术", CandidateStage.Hired),
        new("吴婷", "ting.wu@example.edu.cn", "it-engineer-2027-campus", "华中科技大学", "软件工程", CandidateStage.Rejected),
        new("郑浩", "hao.zheng@example.edu.cn", "it-engineer-2027-campus", "中山大学", "信息安全", CandidateStage.Invited),
    ];

    /// <summary>Stable ids, so a seed interrupted half-way and run again creates nothing twice.</summary>
    public static Guid CandidateId(DemoCandidate c) => new(MD5.HashData(Encoding.UTF8.GetBytes($"demo-candidate/{c.Email}")));

    /// <summary>The moves that take a new candidate to <paramref name="target"/>.</summary>
    public static IEnumerable<CandidateStage> PathTo(CandidateStage target) => target switch
    {
        CandidateStage.Applied => [],
        CandidateStage.Screened => [CandidateStage.Screened],
        CandidateStage.Invited => [CandidateStage.Screened, CandidateStage.Invited],
        CandidateStage.Booked => [.. PathTo(CandidateStage.Invited), CandidateStage.Booked],
        CandidateStage.Interviewing => [.. PathTo(CandidateStage.Booked), CandidateStage.Interviewing],
        CandidateStage.Completed => [.. PathTo(CandidateStage.Interviewing), CandidateStage.Completed],
        CandidateStage.SecondRound => [.. PathTo(CandidateStage.Completed), CandidateStage.SecondRound],
        CandidateStage.Offer => [.. PathTo(CandidateStage.SecondRound), CandidateStage.Offer],
        CandidateStage.Hired => [.. PathTo(CandidateStage.Offer), CandidateStage.Hired],
        CandidateStage.Rejected => [.. PathTo(CandidateStage.Completed), CandidateStage.Rejected],
        _ => [target],
    };
}
