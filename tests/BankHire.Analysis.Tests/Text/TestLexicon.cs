using BankHire.Analysis.Text.Lexicon;

namespace BankHire.Analysis.Tests.Text;

/// <summary>
/// Lexicons for tests. <see cref="DomainOnly"/> is shared read-only (no test may extend it), so results
/// do not depend on whether a general dictionary is installed; tests that extend build a fresh one.
/// </summary>
internal static class TestLexicon
{
    private static readonly Lazy<TextLexicon> Shared = new(() => TextLexicon.Create());

    public static TextLexicon DomainOnly => Shared.Value;

    public static TextLexicon Fresh() => TextLexicon.Create();
}
