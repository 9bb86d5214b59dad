using System.Reflection;
using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Analysis.Scoring.Templates;

/// <summary>
/// The built-in job templates (柜员, 客户经理, 风险分析师, IT 工程师) a bank starts a campus drive from.
/// They ship as embedded JSON under <c>Scoring/Data/templates/{code}.json</c>; each load returns a fresh model.
/// </summary>
public static class JobTemplates
{
    public const string Teller = "teller";
    public const string ClientManager = "client-manager";
    public const string RiskAnalyst = "risk-analyst";
    public const string ItEngineer = "it-engineer";

    public static IReadOnlyList<string> Codes { get; } = [Teller, ClientManager, RiskAnalyst, ItEngineer];

    private const string ResourceSuffix = ".Scoring.Data.templates.";
    private static readonly Assembly Assembly = typeof(JobTemplates).Assembly;

    public static bool Exists(string code) => Codes.Contains(code, StringComparer.Ordinal);

    /// <exception cref="KeyNotFoundException">No template has this code.</exception>
    public static CompetencyModel Load(string code) => CompetencyModelJson.Deserialize(LoadJson(code));

    public static IReadOnlyList<CompetencyModel> LoadAll() => [.. Codes.Select(Load)];

    /// <summary>The template document as shipped, e.g. to seed an editor.</summary>
    /// <exception cref="KeyNotFoundException">No template has this code.</exception>
    public static string LoadJson(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!Exists(code))
            throw new KeyNotFoundException($"Unknown job template '{code}'. Known templates: {string.Join(", ", Codes)}.");
        var resource = Assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith(ResourceSuffix + code + ".json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Job template '{code}' is not embedded in {Assembly.GetName().Name}.");
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
