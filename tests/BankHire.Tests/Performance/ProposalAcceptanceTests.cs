using BankHire.Analysis.Validity;
using BankHire.Web.Performance;
using BankHire.Web.Problems;

namespace BankHire.Tests.Performance;

/// <summary>Accepting proposed weights saves only a proposal that gains something, and only the one the study made.</summary>
public sealed class ProposalAcceptanceTests
{
    private static readonly string[] Keys = ["service", "compliance"];

    private static ValidityStudy.Report Study(double gain) => new(30, [], null,
        new WeightProposal.Result([0.5, 0.5], [0.7, 0.3], 0.30, 0.30 + gain, gain, 30, "test"), Keys, []);

    private static Dictionary<string, double> Weights(double service, double compliance) => new() { ["service"] = service, ["compliance"] = compliance };

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.04)]
    public void A_proposal_that_gains_nothing_is_refused_saying_why(double gain)
    {
        var refused = Assert.Throws<ApiProblemException>(() => ProposalAcceptance.Check(Study(gain), Weights(0.7, 0.3)));
        Assert.Equal((409, "Nothing to gain"), (refused.Status, refused.Title));
        Assert.Contains("no better than the current ones", refused.Message);
    }

    [Fact]
    public void A_gaining_proposal_is_saved_as_proposed_whatever_the_scale_it_was_sent_in()
    {
        Assert.Equal([0.7, 0.3], ProposalAcceptance.Check(Study(0.05), Weights(7, 3)));
    }

    [Fact]
    public void Weights_other_than_the_proposal_or_a_study_without_one_are_refused()
    {
        Assert.Equal("weights", Assert.Throws<ApiProblemException>(() => ProposalAcceptance.Check(Study(0.05), Weights(0.6, 0.4))).Field);
        var none = new ValidityStudy.Report(3, [], null, null, Keys, ["No weights proposed: 3 hires have every competency score and a performance outcome; at least 20 are needed."]);
        var refused = Assert.Throws<ApiProblemException>(() => ProposalAcceptance.Check(none, Weights(0.7, 0.3)));
        Assert.Equal(409, refused.Status);
        Assert.Contains("at least 20", refused.Message);
    }
}
