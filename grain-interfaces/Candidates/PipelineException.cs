namespace BankHire.Candidates;

/// <summary>A request the pipeline refuses (a transition that is not allowed, an unknown candidate).</summary>
[GenerateSerializer, Alias("bankhire.PipelineException")]
public sealed class PipelineException(string message, string field) : Exception(message)
{
    [Id(0)] public string Field { get; } = field;
}
