using BankHire.Analysis.Scoring.Json;
using BankHire.Analysis.Scoring.Model;
using BankHire.Answers;
using BankHire.Banks;
using BankHire.Hosting.Answers;
using BankHire.Interviews;
using BankHire.Jobs;

namespace BankHire.Web.CandidatePortal;

/// <summary>Builds <see cref="CandidateInterviewView"/> from the session, the rubric version it is pinned to, the bank and the chunk store.</summary>
public static class CandidateViews
{
    public static async Task<CandidateInterviewView> BuildAsync(InterviewProgress progress, IGrainFactory grains, ChunkStore store, CancellationToken cancellation = default)
    {
        var interview = progress.Interview;
        var invitation = interview.Invitation;
        var jobGrain = grains.GetGrain<IJobRubricGrain>(invitation.JobId);
        var job = await jobGrain.GetAsync() ?? throw new JobNotFoundException(invitation.JobId);
        var version = await jobGrain.GetVersionAsync(invitation.RubricVersion) ?? job.Rubric;
        var model = CompetencyModelJson.Deserialize(version.ModelJson);
        var bank = await grains.GetGrain<IBankGrain>(IBankGrain.DefaultKey).GetAsync();
        var byId = model.Questions.ToDictionary(q => q.Id);

        var questions = new List<CandidateInterviewView.QuestionView>();
        foreach (var q in progress.Questions)
        {
            if (!byId.TryGetValue(q.QuestionId, out var text)) continue;
            var (frameNext, audioNext) = q.State == QuestionState.Answering
                ? (await store.NextExpectedSeqAsync(new AnswerTrack(interview.Id, q.AnswerKey, ChunkKind.Frame), cancellation),
                   await store.NextExpectedSeqAsync(new AnswerTrack(interview.Id, q.AnswerKey, ChunkKind.Audio), cancellation))
                : (q.FrameCount, q.AudioCount);
            questions.Add(new CandidateInterviewView.QuestionView(q.QuestionId, q.Index, q.Practice, text.CompetencyKey, text.TextZh, text.TextEn,
                text.ThinkSeconds, text.AnswerSeconds, q.RetakesAllowed, q.Attempts, q.State, q.Attempt, frameNext, audioNext, q.TypingAllowed && text.TypingAllowed));
        }
        var seconds = questions.Sum(q => q.ThinkSeconds + q.AnswerSeconds);
        var consent = progress.Consent is { } c
            ? new CandidateInterviewView.ConsentView(c.Face, c.Voice, c.Content, c.KeepRecording, c.TextVersion, c.GivenAt, c.WithdrawnAt)
            : null;
        return new CandidateInterviewView(interview.Id, interview.Status, job.Posting.TitleZh, job.Posting.TitleEn,
            bank?.NameZh ?? "", bank?.NameEn ?? "", invitation.ExpiresAt, interview.BookedSlot, (int)Math.Ceiling(seconds / 60.0),
            PrivacyNotice.For(model), consent, questions, progress.Current?.QuestionId, progress.ReportReady, Window(model.Policy.Window, interview));
    }

    private static CandidateInterviewView.WindowView Window(InterviewWindowPolicy policy, InterviewSnapshot interview)
    {
        var window = policy.For(interview.BookedSlot, interview.BookedMinutes);
        return new(policy.BookingRequired, window?.SlotStartsAt, interview.BookedMinutes, window?.OpensAt, window?.LatestStartAt, window?.ClosesAt);
    }
}
