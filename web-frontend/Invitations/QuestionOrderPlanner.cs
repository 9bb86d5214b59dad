using System.Collections.Immutable;
using BankHire.Analysis.Scoring.Model;

namespace BankHire.Web.Invitations;

/// <summary>
/// The question ids one interview asks, in order: practice questions first, then the model's questions
/// in their fixed order or shuffled with a seed taken from the interview id, so the same interview
/// always gets the same order and different candidates get different ones.
/// </summary>
public static class QuestionOrderPlanner
{
    public static ImmutableArray<string> Plan(CompetencyModel model, Guid interviewId)
    {
        var practice = model.Questions.Where(q => q.Practice).Select(q => q.Id);
        var scored = model.Questions.Where(q => !q.Practice).Select(q => q.Id).ToArray();
        if (model.QuestionOrder == QuestionOrder.RandomPerCandidate) new Random(Seed(interviewId)).Shuffle(scored);
        return [.. practice, .. scored];
    }

    private static int Seed(Guid interviewId)
    {
        Span<byte> bytes = stackalloc byte[16];
        interviewId.TryWriteBytes(bytes);
        return BitConverter.ToInt32(bytes[..4]) ^ BitConverter.ToInt32(bytes[4..8]) ^ BitConverter.ToInt32(bytes[8..12]) ^ BitConverter.ToInt32(bytes[12..]);
    }
}
