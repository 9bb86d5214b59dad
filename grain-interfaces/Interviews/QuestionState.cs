namespace BankHire.Interviews;

[GenerateSerializer, Alias("bankhire.QuestionState")]
public enum QuestionState { Pending, Answering, Answered }
