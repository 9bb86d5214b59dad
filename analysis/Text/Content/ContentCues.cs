using BankHire.Analysis.Text.Lexicon;
using BankHire.Analysis.Text.Synonyms;
using BankHire.Analysis.Text.Tokens;

namespace BankHire.Analysis.Text.Content;

/// <summary>
/// The cue words of answer analysis (polite phrases, fillers, situation-task-action-result markers),
/// kept as concepts so HR can add terms at run time like synonyms.
/// </summary>
public sealed class ContentCues
{
    public const string Polite = "polite";
    public const string Filler = "filler";
    public static readonly IReadOnlyList<(string Key, string NameZh, string NameEn)> StarParts =
    [
        ("star_situation", "情境", "situation"),
        ("star_task", "任务", "task"),
        ("star_action", "行动", "action"),
        ("star_result", "结果", "result"),
    ];

    private readonly Lock compileLock = new();
    private (int Version, TermMatcher Matcher)? compiled;

    public ContentCues(Tokenizer tokenizer)
    {
        Dictionary = new SynonymDictionary(tokenizer);
        using var reader = EmbeddedData.Open("Text.Data.cues.txt");
        Dictionary.Load(reader);
    }

    /// <summary>The cue concepts; <c>Dictionary.Add("polite", ["辛苦你们"])</c> extends them.</summary>
    public SynonymDictionary Dictionary { get; }

    /// <summary>A matcher with one target per cue key, rebuilt when the cues change.</summary>
    public TermMatcher Matcher
    {
        get
        {
            var version = Dictionary.Version;
            if (compiled is { } c && c.Version == version) return c.Matcher;
            lock (compileLock)
            {
                var keys = new[] { Polite, Filler }.Concat(StarParts.Select(p => p.Key));
                var matcher = Dictionary.CompileMatcher(keys);
                compiled = (version, matcher);
                return matcher;
            }
        }
    }
}
