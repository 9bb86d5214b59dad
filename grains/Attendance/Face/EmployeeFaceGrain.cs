using System.Collections.Immutable;
using System.Security.Cryptography;
using BankHire.Analysis.Vision;
using BankHire.Employees;
using BankHire.Persistence;

namespace BankHire.Attendance;

/// <summary>
/// The employee's face for check-in (<see cref="IEmployeeFaceGrain"/>). Every check spends its challenge first, so a
/// set of frames can be judged once; liveness comes before any comparison; a face is compared only with consent
/// and an enrolment, and withdrawing consent deletes the enrolment. The models load on the first look at a face
/// (or at what the installation can do), never to spend a pass or issue a challenge.
/// </summary>
[GrainType("employee-face")]
public sealed class EmployeeFaceGrain(
    [PersistentState("employee-face")] IPersistentState<EmployeeFaceState> state,
    Lazy<FaceCheck> checks,
    TimeProvider clock) : Grain, IEmployeeFaceGrain
{
    public static readonly TimeSpan ChallengeLifetime = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan PassLifetime = TimeSpan.FromMinutes(2);

    public ValueTask<FaceEnrolment> StatusAsync() => ValueTask.FromResult(Status());

    private FaceCheck Faces => checks.Value;

    private FaceEnrolment Status() =>
        new(Faces.Recognizer.Available && Faces.UnavailableReason is null, Faces.Recognizer.UnavailableReason ?? Faces.UnavailableReason,
            state.State.ConsentedAt, state.State.EnrolledAt);

    public async ValueTask<FaceEnrolment> ConsentAsync(bool consent)
    {
        await EmployeeAsync();
        if (consent) state.State.ConsentedAt ??= clock.GetUtcNow();
        else state.State = new EmployeeFaceState();
        await state.WriteOrReloadAsync(this);
        return Status();
    }

    public async ValueTask<FaceChallengeIssued> ChallengeAsync()
    {
        await EmployeeAsync();
        RequireConsent();
        var now = clock.GetUtcNow();
        var kinds = Enum.GetValues<FaceChallengeKind>();
        var issued = new IssuedChallenge(Guid.NewGuid(), kinds[RandomNumberGenerator.GetInt32(kinds.Length)], now);
        state.State.Challenges.RemoveAll(c => now - c.IssuedAt > ChallengeLifetime);
        state.State.Challenges.Add(issued);
        await state.WriteOrReloadAsync(this);
        return new FaceChallengeIssued(issued.Id, issued.Kind, now + ChallengeLifetime);
    }

    public async ValueTask<FaceCheckOutcome> EnrolAsync(Guid challengeId, ImmutableArray<byte[]> frames)
    {
        RequireConsent();
        var result = Faces.Check(Liveness(await SpendAsync(challengeId)), frames);
        if (!result.Liveness.Passed) return new FaceCheckOutcome(false, null, null, result.Liveness.Reason, null);
        if (result.Descriptor is null)
            return new FaceCheckOutcome(true, null, null, Status().UnavailableReason ?? "no frame showed the face straight at the camera with open eyes", null);
        state.State.Descriptor = result.Descriptor.Values;
        state.State.EnrolledAt = clock.GetUtcNow();
        await state.WriteOrReloadAsync(this);
        return new FaceCheckOutcome(true, true, 0, $"enrolled ({result.Liveness.Reason})", null);
    }

    public async ValueTask<FaceCheckOutcome> VerifyAsync(Guid challengeId, ImmutableArray<byte[]> frames)
    {
        RequireConsent();
        if (state.State.Descriptor is not { } enrolled) throw new FaceException("No face is enrolled yet: enrol it first, or check in another way.", "challengeId");
        var result = Faces.Check(Liveness(await SpendAsync(challengeId)), frames);
        if (!result.Liveness.Passed) return new FaceCheckOutcome(false, null, null, result.Liveness.Reason, null);
        if (result.Descriptor is null)
            return new FaceCheckOutcome(true, null, null, Status().UnavailableReason ?? "no frame showed the face straight at the camera with open eyes", null);
        var distance = Math.Round(new FaceDescriptor(enrolled).DistanceTo(result.Descriptor), 3);
        if (!FaceMatchRule.SamePerson(distance))
            return new FaceCheckOutcome(true, false, distance, $"not the enrolled face (distance {distance:0.000} ≥ {FaceMatchRule.SamePersonBelow}): check in another way or ask your supervisor", null);
        var now = clock.GetUtcNow();
        var pass = new FacePass(Guid.NewGuid(), now);
        state.State.Passes.RemoveAll(p => now - p.IssuedAt > PassLifetime);
        state.State.Passes.Add(pass);
        await state.WriteOrReloadAsync(this);
        return new FaceCheckOutcome(true, true, distance, $"the enrolled face ({result.Liveness.Reason})", pass.Id);
    }

    public async ValueTask<bool> UsePassAsync(Guid passId)
    {
        var now = clock.GetUtcNow();
        var pass = state.State.Passes.FirstOrDefault(p => p.Id == passId);
        if (pass is null || now - pass.IssuedAt > PassLifetime) return false;
        state.State.Passes.Remove(pass);
        await state.WriteOrReloadAsync(this);
        return true;
    }

    private async ValueTask<IssuedChallenge> SpendAsync(Guid challengeId)
    {
        var challenge = state.State.Challenges.FirstOrDefault(c => c.Id == challengeId)
            ?? throw new FaceException("This challenge is unknown or was already used: ask for a new one.", "challengeId");
        state.State.Challenges.Remove(challenge);
        await state.WriteOrReloadAsync(this);
        if (clock.GetUtcNow() - challenge.IssuedAt > ChallengeLifetime)
            throw new FaceException($"This challenge expired ({ChallengeLifetime.TotalSeconds:0} s): ask for a new one.", "challengeId");
        return challenge;
    }

    private static LivenessChallenge Liveness(IssuedChallenge challenge) => Enum.Parse<LivenessChallenge>(challenge.Kind.ToString());

    private void RequireConsent()
    {
        if (state.State.ConsentedAt is null)
            throw new FaceException("Face check-in needs your consent first (separate from any other); without it, check in another way.", "consent");
    }

    private async ValueTask EmployeeAsync()
    {
        if (await GrainFactory.GetGrain<IEmployeeGrain>(this.GetPrimaryKey()).GetAsync() is null)
            throw new EmployeeNotFoundException(this.GetPrimaryKey());
    }
}
