namespace BankHire.Interviews;

/// <summary>
/// The step falls outside the time the job's policy allows for this interview (before the booked window opens, after it
/// closed, or with no booking where one is required). <see cref="Code"/> is what the page explains in the candidate's language.
/// </summary>
[GenerateSerializer, Alias("bankhire.InterviewWindowException")]
public sealed class InterviewWindowException(string message, string code, DateTimeOffset? slotStartsAt, DateTimeOffset? opensAt,
    DateTimeOffset? latestStartAt, DateTimeOffset? closesAt, string timeZone) : Exception(message)
{
    [Id(0)] public string Code { get; } = code;
    [Id(1)] public DateTimeOffset? SlotStartsAt { get; } = slotStartsAt;
    [Id(2)] public DateTimeOffset? OpensAt { get; } = opensAt;
    [Id(3)] public DateTimeOffset? LatestStartAt { get; } = latestStartAt;
    [Id(4)] public DateTimeOffset? ClosesAt { get; } = closesAt;

    /// <summary>The bank's time zone (IANA id) the message names the times in.</summary>
    [Id(5)] public string TimeZone { get; } = timeZone;
}
