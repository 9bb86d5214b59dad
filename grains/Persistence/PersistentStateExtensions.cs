namespace BankHire.Persistence;

public static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; if the write fails, memory is ahead of the store, so the activation is dropped
    /// and the next call reloads what was really stored rather than serving unsaved data.
    /// </summary>
    public static async ValueTask WriteOrReloadAsync<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
