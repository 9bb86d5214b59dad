namespace BankHire.Interviews;

[GenerateSerializer, Alias("bankhire.InterviewStatus")]
public enum InterviewStatus { Invited, Booked, InProgress, Completed, Expired, Abandoned }
