using System.Text;
using BankHire.Hosting.Encryption;

namespace BankHire.Hosting.Chunks;

/// <summary>A chunk's payload sealed under its interview's data key, bound to its row (interview, answer, kind, seq), so
/// sealed bytes copied to another row do not open.</summary>
internal static class ChunkSeal
{
    public static byte[] Seal(byte[] dataKey, AnswerStream stream, int seq, byte[] payload) =>
        EnvelopeCipher.Seal(dataKey, payload, Row(stream, seq));

    public static byte[] Open(byte[] dataKey, AnswerStream stream, int seq, byte[] sealedPayload) =>
        EnvelopeCipher.Open(dataKey, sealedPayload, Row(stream, seq));

    private static byte[] Row(AnswerStream stream, int seq) =>
        Encoding.UTF8.GetBytes($"chunk:{stream.InterviewId:D}/{stream.QuestionId}/{stream.Kind.Name()}/{seq}");
}
