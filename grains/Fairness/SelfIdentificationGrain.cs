using BankHire.Persistence;

namespace BankHire.Fairness;

[GenerateSerializer, Alias("bankhire.SelfIdentificationState")]
public sealed class SelfIdentificationState
{
    [Id(0)] public SelfIdentification? Answers { get; set; }
}

/// <summary>Holds one candidate's self-identification in its own storage row; no screening or scoring grain reads it.</summary>
[GrainType("self-identification")]
public sealed class SelfIdentificationGrain(
    [PersistentState("self-identification")] IPersistentState<SelfIdentificationState> state,
    TimeProvider clock) : Grain, ISelfIdentificationGrain
{
    public ValueTask<SelfIdentification?> GetAsync() => ValueTask.FromResult(state.State.Answers);

    public async ValueTask<SelfIdentification> GiveAsync(string sex, string ageBand, string ethnicity)
    {
        Check(SelfIdentificationChoices.Sex, sex, "sex");
        Check(SelfIdentificationChoices.AgeBand, ageBand, "ageBand");
        Check(SelfIdentificationChoices.Ethnicity, ethnicity, "ethnicity");
        state.State.Answers = new SelfIdentification(sex, ageBand, ethnicity, clock.GetUtcNow());
        await state.WriteOrReloadAsync(this);
        return state.State.Answers;
    }

    public async ValueTask WithdrawAsync()
    {
        if (state.State.Answers is null) return;
        await state.ClearStateAsync();
    }

    private static void Check(IReadOnlySet<string> allowed, string value, string field)
    {
        if (!allowed.Contains(value))
            throw new BankHire.Interviews.InterviewInputException($"'{field}' must be one of {string.Join(", ", allowed.Order())}.", field);
    }
}
