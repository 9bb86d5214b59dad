using System.Text;
using BankHire.Answers;
using BankHire.Hosting.Encryption;

namespace BankHire.Hosting.Answers;

/// <summary>A chunk's payload sealed under its interview's media key (or, for older rows, its data key), bound to its row (interview, answer, kind, seq), so
/// sealed bytes copied to another row do not open.</summary>
internal static class ChunkSeal
{
    public static byte[] Seal(byte[] dataKey, AnswerTrack track, int seq, byte[] payload) =>
        EnvelopeCipher.Seal(dataKey, payload, Row(track, seq));

    public static byte[] Open(byte[] dataKey, AnswerTrack track, int seq, byte[] sealedPayload) =>
        EnvelopeCipher.Open(dataKey, sealedPayload, Row(track, seq));

    private static byte[] Row(AnswerTrack track, int seq) =>
        Encoding.UTF8.GetBytes($"chunk:{track.InterviewId:D}/{track.AnswerKey}/{track.Kind.Name()}/{seq}");
}
