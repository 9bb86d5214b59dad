using BankHire.Candidates;
using BankHire.TalentPool;

namespace BankHire.Tests.TalentPool;

/// <summary>The one rule of who the pool flags as worth a second look (TalentSearch.Flagged), on records as the pool keeps them.</summary>
public sealed class TalentSearchFlagTests
{
    private static TalentRecord Record(string job, double? score, CandidateStage stage = CandidateStage.Screened, bool knockedOut = false, double? interview = null)
    {
        var id = Guid.NewGuid();
        return new TalentRecord(id, id, $"候选人{score}", job, stage, DateTimeOffset.UnixEpoch, score, knockedOut, null, null, interview, null, null, [], [], true);
    }

    /// <summary>A job of twenty with the given best two; the rest score 20–29 on the resume (top tenth: the best two).</summary>
    private static List<TalentRecord> Job(string job, TalentRecord best, TalentRecord second) =>
        [best, second, .. Enumerable.Range(0, 18).Select(i => Record(job, 20 + i % 10))];

    [Theory]
    [InlineData(CandidateStage.Rejected)]
    [InlineData(CandidateStage.Withdrawn)]
    [InlineData(CandidateStage.Hired)]
    public void A_closed_top_scorer_is_never_flagged_and_does_not_hand_the_flag_down(CandidateStage closed)
    {
        var best = Record("teller", 95, closed);
        var second = Record("teller", 90, CandidateStage.Completed);
        var records = Job("teller", best, second);

        var flagged = TalentSearch.Flagged(records);

        Assert.Equal([second.CandidateId], flagged);
    }

    [Fact]
    public void The_best_tenth_of_a_weak_job_is_not_flagged_for_being_the_best_of_it()
    {
        var records = Job("weak", Record("weak", 39.9), Record("weak", 39.5));
        Assert.Empty(TalentSearch.Flagged(records));

        var passing = Record("weak", TalentSearch.MinimumScreeningScore);
        Assert.Equal([passing.CandidateId], TalentSearch.Flagged(Job("weak", passing, Record("weak", 39.5))));
    }

    [Fact]
    public void An_interview_score_needs_the_interview_pass_mark_not_the_resume_one()
    {
        // 55 would pass as a resume score; as an AI interview score it is below the second-round cut-off.
        var below = Record("teller", 48, CandidateStage.Completed, interview: TalentSearch.MinimumInterviewScore - 5);
        var second = Record("teller", 45, CandidateStage.Completed, interview: TalentSearch.MinimumInterviewScore - 6);
        Assert.Empty(TalentSearch.Flagged(Job("teller", below, second)));

        var passing = Record("teller", 48, CandidateStage.Completed, interview: TalentSearch.MinimumInterviewScore);
        Assert.Equal([passing.CandidateId], TalentSearch.Flagged(Job("teller", passing, second)));
    }

    [Fact]
    public void A_knocked_out_candidate_or_one_without_a_score_is_not_flagged()
    {
        var knockedOut = Record("teller", 98, knockedOut: true);
        var unscored = Record("teller", null);
        var good = Record("teller", 50);
        var records = Job("teller", knockedOut, good);
        records.Add(unscored);

        Assert.Equal([good.CandidateId], TalentSearch.Flagged(records));
    }

    [Fact]
    public void The_interview_score_ranks_before_the_screening_score()
    {
        // Screened at 95 but interviewed at 10: ranked by the interview, so neither top nor passing.
        var interviewedBadly = Record("teller", 95, CandidateStage.Completed, interview: 10);
        var good = Record("teller", 45);
        var records = Job("teller", interviewedBadly, good);

        Assert.Equal([good.CandidateId], TalentSearch.Flagged(records));
    }

    [Fact]
    public void The_search_shows_the_rule_on_the_person_and_the_application()
    {
        var rejected = Record("teller", 95, CandidateStage.Rejected);
        var open = Record("teller", 90);
        var records = Job("teller", rejected, open);

        var page = TalentSearch.Run(records, TalentSearch.Flagged(records), new TalentQuery(JobId: "teller", FlaggedOnly: true));

        var person = Assert.Single(page.People);
        Assert.Equal(open.CandidateId, person.PersonId);
        Assert.True(person.Flagged);
        Assert.True(person.Applications.Single().TopTenPercent);
    }
}
