using BankHire.Analysis.Scoring.Model;
using BankHire.Analysis.Scoring.Templates;
using BankHire.Web.Invitations;

namespace BankHire.Tests.Invitations;

/// <summary>An interview asks the model's questions in the fixed order, or in an order of its own that stays the same for that interview.</summary>
public sealed class QuestionOrderPlannerTests
{
    private static readonly CompetencyModel Teller = JobTemplates.Load("teller");

    [Fact]
    public void A_fixed_order_is_the_models_order_for_every_interview()
    {
        var expected = Teller.Questions.OrderBy(q => !q.Practice).Select(q => q.Id);
        Assert.Equal(expected.ToArray(), QuestionOrderPlanner.Plan(Teller with { QuestionOrder = QuestionOrder.Fixed }, Guid.NewGuid()).ToArray());
    }

    [Fact]
    public void A_random_order_is_stable_per_interview_differs_between_interviews_and_keeps_practice_first()
    {
        var model = Teller with { QuestionOrder = QuestionOrder.RandomPerCandidate };
        var interview = Guid.NewGuid();
        var order = QuestionOrderPlanner.Plan(model, interview);

        Assert.Equal(order.ToArray(), QuestionOrderPlanner.Plan(model, interview).ToArray());
        Assert.Equal(model.Questions.Select(q => q.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray(), order.OrderBy(id => id, StringComparer.Ordinal).ToArray());
        Assert.Equal(model.Questions.Where(q => q.Practice).Select(q => q.Id), order.Take(model.Questions.Count(q => q.Practice)));
        var orders = Enumerable.Range(0, 20).Select(_ => string.Join(',', QuestionOrderPlanner.Plan(model, Guid.NewGuid()))).ToHashSet();
        Assert.True(orders.Count > 1, "twenty interviews do not all get the same order");
    }
}
