using BankHire.Tests.Support;

namespace BankHire.Load;

/// <summary>
/// The test suite's real media (InterviewTestMedia, linked in): Debian's astronaut portrait as a 320×240 JPEG
/// (python3-skimage, fetched with apt-get download when not installed) and espeak-ng English speech as 16 kHz PCM.
/// </summary>
public sealed record LoadMedia(byte[] FaceJpeg, IReadOnlyList<byte[]> AudioSeconds)
{
    public static LoadMedia Make(int answerSeconds)
    {
        var (pcm, _) = InterviewTestMedia.EnglishSpeech(answerSeconds);
        return new(InterviewTestMedia.FaceJpeg, InterviewTestMedia.Seconds(pcm));
    }
}
