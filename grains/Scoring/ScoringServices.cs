using BankHire.Analysis.Audio;
using BankHire.Profiling;
using BankHire.Analysis.Interview;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Engines;
using Microsoft.Extensions.Configuration;
using BankHire.Analysis.Text.Content;
using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Vision;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BankHire.Scoring;

/// <summary>
/// The analysers the scoring grains share on a silo: one face detector and one landmark model (they hold the
/// models; without dlib's file installed the landmark cues report no data with the reason), the frame and answer
/// analysers, the speech engines per language.
/// </summary>
public static class ScoringServices
{
    public static IServiceCollection AddBankHireScoring(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => FaceDetector.CreateDefault());
        services.TryAddSingleton(_ => FaceLandmarker.CreateDefault());
        services.TryAddSingleton(sp => new FrameAnalyzer(sp.GetRequiredService<FaceDetector>(), sp.GetRequiredService<FaceLandmarker>()));
        // Face check-in: without face-api's weights installed, verification says "not available" with the reason.
        services.TryAddSingleton(_ => FaceRecognizer.CreateDefault());
        services.TryAddSingleton(sp => new Lazy<FaceCheck>(() =>
            new FaceCheck(sp.GetRequiredService<FaceDetector>(), sp.GetRequiredService<FaceLandmarker>(), sp.GetRequiredService<FaceRecognizer>())));
        // Live audio scorers hand their chunks' VAD frames to one batcher, which runs them with other candidates' frames.
        services.TryAddSingleton(_ => new SileroVadBatcher(timeGroup: () => PipelineMeter.TimeCpu(PipelineStage.AudioVad)));
        services.TryAddSingleton(sp => SpeechEngines.Create(SpeechEngineConfiguration.Read(sp.GetService<IConfiguration>()), sp.GetService<TimeProvider>()));
        services.TryAddSingleton<ISpeechToText>(sp => sp.GetRequiredService<SpeechEngines>());
        // One frame analyser for live readings and finished answers: a reading made while streaming is valid at finish.
        services.TryAddSingleton(sp => new AnswerAnalyser(
            sp.GetRequiredService<FrameAnalyzer>(), new AnswerContentAnalyser(TextLexicon.Shared), sp.GetRequiredService<ISpeechToText>()));
        return services;
    }
}
