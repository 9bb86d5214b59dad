using BankHire.Analysis.Audio;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Vision;
using BankHire.Benchmarks.Audio;
using BenchmarkDotNet.Attributes;
using OpenCvSharp;

namespace BankHire.Benchmarks.Interview;

/// <summary>
/// The whole analysis of one ≈ 47 s teller answer on one thread: 2-fps frames through BlazeFace, 16 kHz audio through
/// Silero and the voice measures, the transcript through the content analyser, then the teller rubric with its four
/// explanations and the JSON document. Live = the browser's JPEGs and PCM; Recorded = the same answer as an MP4
/// (OpenCV's FFmpeg samples the frames, the ffmpeg CLI decodes the audio in its own process).
/// </summary>
[Config(typeof(InterviewBenchmarkConfig))]
public class InterviewAnalysisBenchmarks
{
    private FaceDetector faces = null!;
    private AnswerAnalyser answers = null!;
    private InterviewAnalysis interview = null!;
    private AnswerInput live = null!;
    private AnswerInput recorded = null!;
    private AnalysisPermissions permissions = null!;

    [Params("320x240", "640x480")]
    public string Resolution { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        Cv2.SetNumThreads(1);
        var size = Resolution.Split('x').Select(int.Parse).ToArray();
        faces = FaceDetector.CreateBlazeFace(ModelFiles.BlazeFacePath, new FaceDetectorOptions { IntraOpThreads = 1 });
        answers = new AnswerAnalyser(new FrameAnalyzer(faces, FaceLandmarker.CreateDefault()), new AnswerContentAnalyser(TextLexicon.Shared));
        var teller = JobTemplates.Load(JobTemplates.Teller);
        interview = new InterviewAnalysis(answers, new RubricScorer(teller, rubricVersion: 1));
        permissions = interview.PermissionsFor(ScoringContext.AllConsents);
        var question = teller.Questions.Single(q => q.Id == "teller-q1");
        live = new AnswerInput(question, "en")
        {
            Frames = [.. InterviewBenchmarkMedia.LiveFrames(size[0], size[1]).Select(f => new TimedFrame(f.Timestamp, f.Jpeg))],
            Pcm16le = InterviewBenchmarkMedia.Pcm,
            Transcript = InterviewBenchmarkMedia.Transcript,
        };
        recorded = new AnswerInput(question, "en") { RecordingPath = InterviewBenchmarkMedia.Mp4(size[0], size[1]), Transcript = InterviewBenchmarkMedia.Transcript };
        SileroVadModel.Shared.OpenStream().Dispose(); // load the models outside the measurement
        LiveAnswer();
    }

    [GlobalCleanup]
    public void Cleanup() => faces.Dispose();

    [Benchmark(Baseline = true), AnswerAudio(InterviewBenchmarkMedia.Repeats)]
    public double LiveAnswer() => Score(live);

    [Benchmark, AnswerAudio(InterviewBenchmarkMedia.Repeats)]
    public double RecordedAnswer() => Score(recorded);

    /// <summary>The share of the vision path: the live answer analysed without voice and content consent.</summary>
    [Benchmark, AnswerAudio(InterviewBenchmarkMedia.Repeats)]
    public int LiveVisionOnly() => Analyse(live, new ScoringContext(FaceConsent: true, VoiceConsent: false, ContentConsent: false));

    /// <summary>The share of voice and content: the live answer analysed without face consent.</summary>
    [Benchmark, AnswerAudio(InterviewBenchmarkMedia.Repeats)]
    public int LiveVoiceAndContentOnly() => Analyse(live, new ScoringContext(FaceConsent: false, VoiceConsent: true, ContentConsent: true));

    private int Analyse(AnswerInput input, ScoringContext consents) =>
        answers.AnalyseAsync(input, interview.PermissionsFor(consents)).GetAwaiter().GetResult().Features.Count;

    private double Score(AnswerInput input)
    {
        var answer = answers.AnalyseAsync(input, permissions).GetAwaiter().GetResult();
        var score = interview.Score([answer], ScoringContext.AllConsents);
        return score.Report.OverallScore ?? throw new InvalidOperationException("the benchmark answer should be scorable");
    }
}
