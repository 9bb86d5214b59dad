namespace BankHire.Privacy;

/// <summary>Deletes a candidate's data keys (implemented by the hosting layer): whatever they sealed — in the database,
/// a replica, a copy of its rows, or a backup once the master key of its day is retired — can no longer be read.</summary>
public interface IDataKeyShredder
{
    /// <summary>Deletes the keys the candidate owns and those of their interviews; returns how many went.</summary>
    Task<int> ShredAsync(Guid candidateId, IReadOnlyList<Guid> interviewIds, CancellationToken cancellation = default);
}
