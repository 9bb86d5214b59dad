using System.Collections.Immutable;

namespace BankHire.Candidates;

/// <summary>
/// A candidate's resume screening against the job's competency model: 0–100, whether a must-have was
/// missing, every line explained, and the rubric version it used. Holds no contact details.
/// </summary>
/// <param name="Skills">The skills the resume names (dictionary keys); null for screenings stored before skills were kept.</param>
[GenerateSerializer, Immutable, Alias("bankhire.ResumeScreening")]
public sealed record ResumeScreening(
    string JobId,
    int RubricVersion,
    double Score,
    bool KnockedOut,
    bool StuffingDetected,
    ImmutableArray<ScreeningLine> Lines,
    ImmutableArray<string> Sources,
    ImmutableArray<string> ProtectedAttributesRemoved,
    DateTimeOffset ScreenedAt,
    ImmutableArray<string>? Skills = null);
