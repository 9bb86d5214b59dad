using BankHire.SecondRound;

namespace BankHire.Web.Access;

/// <summary>Who an interviewer is assigned to: the candidates whose second round names them. The one place that rule lives.</summary>
public static class InterviewerAssignments
{
    public static async Task<bool> IsAssignedAsync(IGrainFactory grains, Guid candidateId, string interviewer)
    {
        var round = await grains.GetGrain<ISecondRoundGrain>(candidateId).GetAsync();
        return round is not null && round.Interviewers.Contains(interviewer, StringComparer.OrdinalIgnoreCase);
    }
}
