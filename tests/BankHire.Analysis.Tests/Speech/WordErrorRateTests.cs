namespace BankHire.Analysis.Tests.Speech;

public sealed class WordErrorRateTests
{
    [Theory]
    [InlineData("thank you very much", "thank you very much", 0)]
    [InlineData("thank you very much", "thank you much", 0.25)]
    [InlineData("thank you very much", "and you very much", 0.25)]
    [InlineData("thank you very much", "thank you so very much", 0.25)]
    [InlineData("thank you", "", 1)]
    public void Counts_substitutions_deletions_and_insertions(string reference, string hypothesis, double expected) =>
        Assert.Equal(expected, WordErrorRate.Of(reference, hypothesis), 6);
}
