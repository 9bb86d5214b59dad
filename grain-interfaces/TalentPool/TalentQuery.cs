using BankHire.Candidates;

namespace BankHire.TalentPool;

/// <summary>
/// A talent-pool search; null means "any". <see cref="Text"/> matches the name or a skill. <see cref="MinScore"/> applies to
/// <see cref="Competency"/> (key or name) when one is given, else to the ranking score (interview, or screening).
/// <see cref="JobId"/>, <see cref="Stage"/>, the scores and <see cref="FlaggedOnly"/> must all hold for one application.
/// </summary>
[GenerateSerializer, Immutable, Alias("bankhire.TalentQuery")]
public sealed record TalentQuery(
    string? Text = null,
    string? Competency = null,
    double? MinScore = null,
    string? JobId = null,
    CandidateStage? Stage = null,
    bool FlaggedOnly = false,
    int Skip = 0,
    int Take = 50);
