using System.Text.Json;
using BankHire.Analysis.Resumes.Extraction;

namespace BankHire.Resumes;

/// <summary>Stores the analysis library's profiles as JSON, so the library stays free of Orleans attributes.</summary>
public static class ResumeProfileJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Write(ResumeProfile profile) => JsonSerializer.Serialize(profile, Options);

    public static ResumeProfile Read(string json) =>
        JsonSerializer.Deserialize<ResumeProfile>(json, Options) ?? throw new InvalidOperationException("An empty resume profile was stored.");
}
