namespace BankHire.Analysis.Resumes.Screening;

/// <summary>
/// How the 100 points are shared. Competency evidence weighs most because it is what the job model
/// describes; a missing must-have caps the score so that such a resume can never rank among those
/// that meet every must-have.
/// </summary>
public static class ScreeningWeights
{
    public const double Competencies = 50;
    public const double Experience = 20;
    public const double Education = 15;
    public const double NiceToHaves = 15;
    public const double KnockoutCap = 30;

    /// <summary>Distinct sentences of evidence that earn a competency's full share.</summary>
    public const double SentencesForFullEvidence = 3;

    /// <summary>What bare keyword lists may add to one competency, in sentences, however long they are.</summary>
    public const double BareListCap = 0.25;

    /// <summary>What one bare keyword list counts, in sentences.</summary>
    public const double BareListWeight = 0.25;

    public const string AnalyserVersion = "resume-screening/1.0";
}
