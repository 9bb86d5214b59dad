using BankHire.Analysis.Interview;
using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Rubric;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Analysis.Speech.Pocketsphinx;
using BankHire.Analysis.Vision;

namespace BankHire.Analysis.Tests.Interview;

/// <summary>The real models (BlazeFace, dlib's landmarks, Silero, the lexicon, pocketsphinx), the teller template and the generated media, loaded once.</summary>
public sealed class InterviewFixture : IDisposable
{
    public FaceDetector Faces { get; } = FaceDetector.CreateDefault();

    public InterviewMedia Media { get; } = new();

    public CompetencyModel Teller { get; } = JobTemplates.Load(JobTemplates.Teller);

    public AnswerAnalyser Answers { get; }

    public InterviewFixture() =>
        Answers = AnswerAnalyser.Create(Faces, new PocketsphinxSpeechToText(), FaceLandmarker.Load(Tests.Vision.VisionModelsFixture.LandmarkModelPath));

    public InterviewAnalysis TellerInterview(CompetencyModel? model = null) =>
        new(Answers, new RubricScorer(model ?? Teller, rubricVersion: 3, rubricId: "job-teller-2026"));

    public InterviewQuestion Question(string id) => Teller.Questions.Single(q => q.Id == id);

    public static AnalysisPermissions Everything { get; } = new(ScoringContext.AllConsents, FacialIndicatorsAllowed: true);

    public void Dispose() => Faces.Dispose();
}

[CollectionDefinition(Name)]
public sealed class InterviewCollection : ICollectionFixture<InterviewFixture>
{
    public const string Name = "Interview";
}
