using BankHire.Answers;
using BankHire.Scoring;

namespace BankHire.Web.CandidatePortal;

/// <summary>What the page tells the candidate while they record, from the scorers' readings of the latest seconds of the answer.</summary>
public static class LiveHints
{
    public sealed record Hint(string Code, string MessageZh, string MessageEn);

    /// <summary>
    /// Frames looked at: those the page sent in the last second (2 at 2 fps), of which vision reads one at its default
    /// sampling. Looking further back kept the hint 1.5–3 s behind the picture in a real browser; the price is that one
    /// frame the detector misses (a hand, a turn) shows the hint for about a second.
    /// </summary>
    public const int LatestFrameSpan = 2;

    /// <summary>
    /// Readings fetched for the hints: the latest, and far enough back to hold the latest frame the small-face pass
    /// searched (every sixth reading at the default sampling), so a small second person keeps the hint up between searches.
    /// </summary>
    public const int FramesLookedAt = 8;

    /// <summary>Audio chunks looked at: one a second, so 10 s.</summary>
    public const int SilentSeconds = 10;

    /// <summary>Less speech than this in the last 10 s counts as silent.</summary>
    public const double SpeechFloorSeconds = 0.3;

    public static readonly Hint FaceNotVisible = new("face_not_visible", "请让面部保持在画面中。", "Keep your face in the picture.");
    public static readonly Hint MultipleFaces = new("multiple_faces", "画面中有多个人脸，请独自作答。", "More than one face is in view; please answer alone.");
    public static readonly Hint TooDark = new("too_dark", "光线太暗，请移到更明亮的地方。", "It is too dark; move somewhere brighter.");
    public static readonly Hint Silent = new("silent", "已有 10 秒没有听到声音，请开始作答或检查麦克风。", "We have heard nothing for 10 s; start answering or check your microphone.");

    public static IReadOnlyList<Hint> From(FrameReadings? frames, AudioReadings? audio)
    {
        var hints = new List<Hint>();
        if (frames is { Latest.Length: > 0 })
        {
            var newest = frames.Latest[^1].Seq;
            var latest = frames.Latest.Where(f => f.Seq > newest - LatestFrameSpan && f.Readable).ToList();
            if (latest.Count > 0 && latest.Count(f => f.TooDark) * 2 > latest.Count) hints.Add(TooDark);
            else if (latest.Count > 0 && latest.All(f => f.Faces == 0)) hints.Add(FaceNotVisible);
            var lastSearched = frames.Latest.LastOrDefault(f => f.Readable && f.SmallFacesSearched);
            if (latest.Any(f => f.Faces > 1) || lastSearched?.Faces > 1) hints.Add(MultipleFaces);
        }
        if (audio is { Latest.Length: > 0 })
        {
            var latest = audio.Latest.TakeLast(SilentSeconds).ToList();
            if (latest.Sum(a => a.Seconds) >= SilentSeconds - 0.5 && latest.Sum(a => a.SpeechSeconds) < SpeechFloorSeconds) hints.Add(Silent);
        }
        return hints;
    }
}
