namespace BankHire.Tests.Support;

/// <summary>
/// A recording as a phone's own camera app makes it (H.264 and AAC in MP4), made at test time with ffmpeg from the live
/// test media: the astronaut's face for the first <see cref="FaceSeconds"/> s, then the empty room, over the espeak-ng
/// English answer (1 s of silence first).
/// </summary>
public static class PhoneRecordingMedia
{
    public const int Seconds = 8;
    public const int FaceSeconds = 5;

    public static byte[] Mp4 => File.ReadAllBytes(InterviewTestMedia.Cached("phone-answer.mp4", path =>
    {
        var face = InterviewTestMedia.Cached("face-for-video.jpg", p => File.WriteAllBytes(p, InterviewTestMedia.FaceJpeg));
        var empty = InterviewTestMedia.Cached("empty-for-video.jpg", p => File.WriteAllBytes(p, InterviewTestMedia.EmptyJpeg));
        var speech = InterviewTestMedia.Cached("speech-8s.raw", p => File.WriteAllBytes(p, InterviewTestMedia.EnglishSpeech(Seconds).Pcm));
        InterviewTestMedia.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
            "-loop", "1", "-framerate", "30", "-t", FaceSeconds.ToString(), "-i", face,
            "-loop", "1", "-framerate", "30", "-t", (Seconds - FaceSeconds).ToString(), "-i", empty,
            "-f", "s16le", "-ar", "16000", "-ac", "1", "-i", speech,
            "-filter_complex", "[0]scale=640:480,setsar=1[a];[1]scale=640:480,setsar=1[b];[a][b]concat=n=2:v=1:a=0,format=yuv420p[v]",
            "-map", "[v]", "-map", "2:a", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-b:a", "64k",
            "-movflags", "+faststart", "-f", "mp4", path);
    }));
}
