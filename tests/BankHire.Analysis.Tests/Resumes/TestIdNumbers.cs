using BankHire.Analysis.Resumes.Extraction;

namespace BankHire.Analysis.Tests.Resumes;

/// <summary>The ID-number key the resume tests run under (a bank's own key comes from its configuration).</summary>
public static class TestIdNumbers
{
    public static readonly IdNumberHasher Hasher = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
}
