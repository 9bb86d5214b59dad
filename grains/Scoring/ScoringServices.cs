using BankHire.Analysis.Interview;
using BankHire.Analysis.Speech;
using BankHire.Analysis.Speech.Pocketsphinx;
using BankHire.Analysis.Vision;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BankHire.Scoring;

/// <summary>The analysers the scoring grains share on a silo: one face detector (it holds the model), the frame and answer analysers.</summary>
public static class ScoringServices
{
    public static IServiceCollection AddBankHireScoring(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => FaceDetector.CreateDefault());
        services.TryAddSingleton(sp => new FrameAnalyzer(sp.GetRequiredService<FaceDetector>()));
        services.TryAddSingleton<ISpeechToText>(_ => new PocketsphinxSpeechToText());
        services.TryAddSingleton(sp => AnswerAnalyser.Create(sp.GetRequiredService<FaceDetector>(), sp.GetRequiredService<ISpeechToText>()));
        return services;
    }
}
