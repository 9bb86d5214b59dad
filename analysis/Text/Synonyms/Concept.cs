namespace BankHire.Analysis.Text.Synonyms;

/// <summary>One concept and every way of writing it (客户服务 / 客服 / customer service …). The key is also a term.</summary>
public sealed record Concept(string Key, IReadOnlyList<string> Terms);
