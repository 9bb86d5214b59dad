using System.Text.Json;
using System.Text.RegularExpressions;
using BankHire.Candidates;
using BankHire.Identity;
using BankHire.Jobs;
using BankHire.Notifications;
using BankHire.SecondRound;
using BankHire.Tests.Support;

namespace BankHire.Tests.HrConsole;

/// <summary>
/// The HR console's one catalogue (web-frontend/console-app/src/i18n): both languages have the same keys and no empty
/// message, every key the sources name literally exists, and every server code the console shows through a key
/// (stages, roles, verdicts, channels, delivery and job statuses, resume import results and reasons, indicator
/// directions) has its message.
/// </summary>
public sealed class ConsoleCatalogueTests
{
    private static readonly string Source = RepositoryRoot.Combine("web-frontend", "console-app", "src");

    private static Dictionary<string, string> Catalogue(string file)
    {
        var flat = new Dictionary<string, string>();
        void Walk(JsonElement node, string prefix)
        {
            foreach (var property in node.EnumerateObject())
            {
                var key = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                if (property.Value.ValueKind == JsonValueKind.Object) Walk(property.Value, key);
                else flat[key] = property.Value.GetString() ?? "";
            }
        }
        Walk(JsonDocument.Parse(File.ReadAllText(Path.Combine(Source, "i18n", file))).RootElement, "");
        return flat;
    }

    private static readonly Dictionary<string, string> Chinese = Catalogue("zh-CN.json");
    private static readonly Dictionary<string, string> English = Catalogue("en.json");

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_message()
    {
        Assert.Equal(Chinese.Keys.Order(), English.Keys.Order());
        Assert.Empty(Chinese.Where(m => string.IsNullOrWhiteSpace(m.Value)).Select(m => m.Key));
        Assert.Empty(English.Where(m => string.IsNullOrWhiteSpace(m.Value)).Select(m => m.Key));
    }

    [Fact]
    public void Chinese_messages_are_in_chinese()
    {
        // A message copied from English into the Chinese catalogue would show English in the Chinese console.
        // Words in Latin letters and not one Chinese character (placeholders aside) is an English message left untranslated.
        var untranslated = Chinese.Where(m => Regex.Replace(m.Value, @"\{\w+\}", "") is var text
            && Regex.IsMatch(text, "[A-Za-z]{2,}") && !Regex.IsMatch(text, @"\p{IsCJKUnifiedIdeographs}")).Select(m => m.Key);
        Assert.Empty(untranslated.Except(["channel.WeChat"]));
    }

    [Fact]
    public void Every_key_the_sources_name_has_a_message()
    {
        var literal = new Regex(@"\bt\(\s*[""']([\w.]+)[""']");
        var used = Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".vue") || f.EndsWith(".ts"))
            .SelectMany(f => literal.Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToArray();
        Assert.NotEmpty(used);
        Assert.Empty(used.Except(Chinese.Keys));
    }

    [Fact]
    public void Every_code_the_server_sends_has_a_message()
    {
        string[] needed =
        [
            .. Enum.GetNames<CandidateStage>().Select(s => $"stage.{s}"),
            .. HrRoles.All.Select(r => $"role.{r}"),
            .. Enum.GetNames<HiringVerdict>().Select(v => $"verdict.{v}"),
            .. Enum.GetNames<HiringVerdict>().Append("NeedsHumanReview").Select(v => $"recommendation.{v}"),
            .. Enum.GetNames<ScorecardVerdict>().Select(v => $"scorecardVerdict.{v}"),
            .. Enum.GetNames<InvitationChannel>().Select(c => $"channel.{c}"),
            .. Enum.GetNames<DeliveryStatus>().Select(s => $"delivery.{s}"),
            .. Enum.GetNames<JobStatus>().Select(s => $"jobStatus.{s}"),
            .. Enum.GetNames<BankHire.Resumes.SourceStatus>().Select(s => $"importStatus.{s}"),
            .. Enum.GetNames<BankHire.Analysis.Resumes.Intake.RejectionReason>().Select(r => $"importReason.{r}"),
            .. Enum.GetNames<BankHire.Analysis.Scoring.Model.IndicatorDirection>().Select(d => $"model.directions.{d}"),
            .. BankHire.Fairness.SelfIdentificationChoices.Sex.Concat(BankHire.Fairness.SelfIdentificationChoices.AgeBand)
                .Concat(BankHire.Fairness.SelfIdentificationChoices.Ethnicity).Select(c => $"fairness.category.{c.Replace('-', '_')}"),
            .. new[] { "low", "medium", "high", "not enough data" }.Select(l => $"attendance.risk.{l.Replace(' ', '_')}"),
            .. Enum.GetNames<BankHire.Analysis.ModelCards.MeasureRelease>().Select(r => $"modelCard.release.{r}"),
            .. BankHire.Analysis.Validity.ValidityStudy.Outcomes.Select(o => $"validity.outcome.{o.Replace('-', '_')}"),
        ];
        Assert.Empty(needed.Except(Chinese.Keys));
    }
}
