using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Tests.Text;

internal static class TestQuestions
{
    /// <summary>A teller's complaint-handling question with three expected points.</summary>
    public static InterviewQuestion Complaint() => new(
        "q-complaint", "service",
        "请描述一次你处理客户投诉的经历。", "Describe a time you handled a customer complaint.",
        30, 120, 1,
        [
            new ExpectedPoint("listen", "耐心倾听", "listen patiently", ["倾听", "耐心"]),
            new ExpectedPoint("apologise", "致歉安抚", "apologise", ["道歉", "安抚客户", "apologise", "apologized"]),
            new ExpectedPoint("solve", "给出解决方案", "offer a solution", ["解决方案", "解决问题"]),
        ]);

    public static InterviewQuestion WithoutExpectedPoints() => Complaint() with { ExpectedPoints = [] };
}
