using System.Collections.Immutable;
using BankHire.Lexicon;
using BankHire.Web.Identity;
using BankHire.Web.Problems;

namespace BankHire.Web.Lexicon;

/// <summary>HR extends the analysers' dictionary: new words (e.g. 数字人民币) and synonyms (数字人民币 = e-CNY).</summary>
public static class LexiconEndpoints
{
    private const int MaxItems = 500;
    private const int MaxTermLength = 40;

    public sealed record SynonymRequest(string Key, IReadOnlyList<string> Terms);

    public sealed record LexiconRequest(IReadOnlyList<string>? Words = null, IReadOnlyList<SynonymRequest>? Synonyms = null) : IValidatedRequest
    {
        public void Validate() => Addition();

        /// <summary>The words and concepts, trimmed; throws naming the first term that is wrong.</summary>
        public LexiconAddition Addition()
        {
            var words = (Words ?? []).Select((w, i) => Term(w, $"words[{i}]")).ToImmutableArray();
            var concepts = (Synonyms ?? []).Select((c, i) => c is null
                ? throw ApiProblemException.Invalid($"synonyms[{i}]", "A synonym concept may not be null.")
                : new SynonymConcept(
                    Term(c.Key, $"synonyms[{i}].key"),
                    (c.Terms ?? []).Select((t, j) => Term(t, $"synonyms[{i}].terms[{j}]")).ToImmutableArray())).ToImmutableArray();
            if (words.Length + concepts.Length == 0) throw ApiProblemException.Invalid("words", "Give at least one word or synonym concept.");
            if (words.Length + concepts.Sum(c => c.Terms.Length + 1) > MaxItems)
                throw ApiProblemException.Invalid("words", $"At most {MaxItems} words and terms per request.");
            for (var i = 0; i < concepts.Length; i++)
            {
                if (concepts[i].Terms.IsEmpty) throw ApiProblemException.Invalid($"synonyms[{i}].terms", "A synonym concept needs at least one term.");
            }
            return new LexiconAddition(words, concepts);
        }
    }

    public static void MapLexicon(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lexicon").WithTags("Lexicon");
        group.MapGet("/", GetAsync)
            .RequireAuthorization(AuthPolicies.AnyHr).WithSummary("Words and synonyms HR added to the text analysers.");
        group.MapPost("/", AddAsync)
            .RequireAuthorization(AuthPolicies.Recruiting)
            .WithSummary("Adds words and synonym concepts; resume screening uses them from its next import.");
    }

    private static async Task<LexiconSnapshot> GetAsync(IGrainFactory grains) =>
        await grains.GetGrain<ILexiconGrain>(ILexiconGrain.DefaultKey).GetAsync();

    private static async Task<LexiconSnapshot> AddAsync(LexiconRequest request, IGrainFactory grains, HttpContext http) =>
        await grains.GetGrain<ILexiconGrain>(ILexiconGrain.DefaultKey).AddAsync(request.Addition(), http.User.Identity!.Name!);

    private static string Term(string? value, string field)
    {
        var term = Require.Text(value, field, MaxTermLength);
        if (term.Contains('\n') || term.Contains('=') || term.Contains(','))
            throw ApiProblemException.Invalid(field, $"'{field}' must be a single term without line breaks, '=' or ','.");
        return term;
    }
}
