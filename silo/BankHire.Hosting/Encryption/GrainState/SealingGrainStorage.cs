using Orleans.Storage;

namespace BankHire.Hosting.Encryption.GrainState;

/// <summary>
/// The grain storage with personal data sealed at rest: for a state <see cref="PersonalStates"/> names, each write seals
/// the serialized state under the candidate's or interview's data key (created on first use) and each read opens it,
/// whatever the database (SQLite or PostgreSQL). Other states pass through unchanged.
/// </summary>
internal sealed class SealingGrainStorage(AdoNetGrainStorage inner, DataKeyStore keys) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (PersonalStates.KeyOf(stateName, grainId) is not { } key)
        {
            await inner.ReadStateAsync(stateName, grainId, grainState);
            return;
        }
        StateSeal.Current = new StateSeal(await keys.FindAsync(key.Subject), Row(stateName, grainId));
        await inner.ReadStateAsync(stateName, grainId, grainState);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (PersonalStates.KeyOf(stateName, grainId) is not { } key)
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
            return;
        }
        StateSeal.Current = new StateSeal(await keys.GetOrCreateAsync(key.Subject, key.Owner), Row(stateName, grainId));
        await inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    public void Participate(ISiloLifecycle lifecycle) => inner.Participate(lifecycle);

    private static string Row(string stateName, GrainId grainId) => $"{stateName}/{grainId}";
}
