namespace BankHire.Attendance;

[GenerateSerializer, Alias("bankhire.EmployeeFaceState")]
public sealed class EmployeeFaceState
{
    [Id(0)] public DateTimeOffset? ConsentedAt { get; set; }
    /// <summary>The enrolled face's 128 numbers; the frames themselves are never kept.</summary>
    [Id(1)] public float[]? Descriptor { get; set; }
    [Id(2)] public DateTimeOffset? EnrolledAt { get; set; }
    [Id(3)] public List<IssuedChallenge> Challenges { get; set; } = [];
    [Id(4)] public List<FacePass> Passes { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("bankhire.IssuedChallenge")]
public sealed record IssuedChallenge(Guid Id, FaceChallengeKind Kind, DateTimeOffset IssuedAt);

[GenerateSerializer, Immutable, Alias("bankhire.FacePass")]
public sealed record FacePass(Guid Id, DateTimeOffset IssuedAt);
