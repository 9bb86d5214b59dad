using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Lexicon;
using BenchmarkDotNet.Attributes;

namespace BankHire.Benchmarks.Text;

/// <summary>Answers per second for content analysis (coverage, politeness, STAR, fillers, relevance), one thread.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class ContentAnalysisBenchmarks
{
    private static readonly InterviewQuestion Question = new(
        "q-complaint", "service", "请描述一次你处理客户投诉的经历。", "Describe a time you handled a customer complaint.", 30, 120, 1,
        [
            new ExpectedPoint("listen", "耐心倾听", "listen patiently", ["倾听", "耐心", "listen"]),
            new ExpectedPoint("apologise", "致歉安抚", "apologise", ["道歉", "安抚客户", "apologise"]),
            new ExpectedPoint("solve", "给出解决方案", "offer a solution", ["解决方案", "解决问题", "solution"]),
        ]);

    private const string Chinese = "您好，去年在网点实习时，一位客户因为排队时间太长而投诉。我的任务是安抚客户并解决问题。嗯，我先耐心倾听他的诉求，向他道歉，然后帮他预约了快速通道，最后客户很满意，还表扬了我们的服务。谢谢。";
    private const string English = "Thank you for the question. Last year at the branch a customer complained about the long queue. My task was to calm him down. I listened patiently, apologised, and um offered a solution: a priority appointment. As a result he was satisfied and thanked us.";

    private AnswerContentAnalyser analyser = null!;

    [GlobalSetup]
    public void Setup() => analyser = new AnswerContentAnalyser(TextLexicon.Create());

    [Benchmark]
    public AnswerContentResult ChineseAnswer() => analyser.Analyse(Chinese, Question);

    [Benchmark]
    public AnswerContentResult EnglishAnswer() => analyser.Analyse(English, Question);
}
