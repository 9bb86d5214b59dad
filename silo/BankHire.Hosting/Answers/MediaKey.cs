using System.Security.Cryptography;
using System.Text;

namespace BankHire.Hosting.Answers;

/// <summary>
/// The data key an interview's media (its answer chunks) are sealed under: one of their own, apart from the interview's key
/// that seals its states (the report, the analyses). Deleting the media then shreds this key — a few bytes in the key store —
/// instead of overwriting every chunk's pages in the chunk database (SQLite's secure_delete wrote each deleted chunk twice,
/// once to the WAL and once at the checkpoint: at a campus peak as much disk and CPU as storing it). The ciphertext left
/// in free pages, the WAL and every backup can no longer be opened; the report, under the interview's key, stays readable.
/// </summary>
public static class MediaKey
{
    /// <summary>The key store subject of the interview's media key (a name-based id, like a job's resume pool key).</summary>
    public static Guid SubjectOf(Guid interviewId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("media:" + interviewId.ToString("D"))).AsSpan(0, 16));
}
