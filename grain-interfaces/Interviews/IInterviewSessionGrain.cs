namespace BankHire.Interviews;

/// <summary>One candidate's AI interview for one job. Keyed by interview id.</summary>
[Alias("bankhire.IInterviewSessionGrain")]
public interface IInterviewSessionGrain : IGrainWithGuidKey
{
    /// <summary>Creates the session; a repeated create returns the existing one.</summary>
    [Alias("Create")] ValueTask<InterviewSnapshot> CreateAsync(InterviewInvitation invitation);

    [Alias("Get")] ValueTask<InterviewSnapshot?> GetAsync();

    [Alias("Book")] ValueTask<InterviewSnapshot> BookAsync(DateTimeOffset slot);

    [Alias("Start")] ValueTask<InterviewSnapshot> StartAsync();

    [Alias("Complete")] ValueTask<InterviewSnapshot> CompleteAsync();
}
