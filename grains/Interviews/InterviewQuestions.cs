using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;
using BankHire.Jobs;

namespace BankHire.Interviews;

/// <summary>The questions of one interview, in the invitation's order, from the rubric version it is pinned to.</summary>
public static class InterviewQuestions
{
    public static async Task<CompetencyModel?> ModelAsync(IGrainFactory grains, InterviewInvitation invitation)
    {
        var version = await grains.GetGrain<IJobRubricGrain>(invitation.JobId).GetVersionAsync(invitation.RubricVersion);
        return version is null ? null : CompetencyModelJson.Deserialize(version.ModelJson);
    }

    /// <summary>Progress rows for every question of the invitation, all Pending.</summary>
    public static Dictionary<string, QuestionProgress> Plan(InterviewInvitation invitation, CompetencyModel? model)
    {
        var byId = model?.Questions.ToDictionary(q => q.Id) ?? [];
        var ids = invitation.QuestionIds is { } pinned ? pinned.ToArray() : [];
        var plan = new Dictionary<string, QuestionProgress>();
        for (var i = 0; i < ids.Length; i++)
        {
            byId.TryGetValue(ids[i], out var question);
            plan[ids[i]] = new QuestionProgress(ids[i], i, question?.Practice ?? false, question?.Retakes ?? 0,
                QuestionState.Pending, 0, 0, 0, 0, null, null, null, question?.TypingAllowed ?? true);
        }
        return plan;
    }
}
