using BankHire.Scoring;

namespace BankHire.Web.CandidatePortal;

/// <summary>The device check's answer: what the camera frame shows and what to fix, in both languages.</summary>
public static class DeviceGuidance
{
    public sealed record DeviceCheckView(int Faces, double Brightness, double Blur, bool Ok, IReadOnlyList<LiveHints.Hint> Guidance);

    private static readonly Dictionary<string, LiveHints.Hint> Messages = new()
    {
        ["no_face"] = new("no_face", "没有检测到人脸，请正对摄像头。", "No face found; face the camera."),
        ["multiple_faces"] = new("multiple_faces", "画面中有多个人脸，请独自面试。", "More than one face is in view; take the interview alone."),
        ["too_dark"] = new("too_dark", "光线太暗，请移到更明亮的地方。", "It is too dark; move somewhere brighter."),
        ["too_bright"] = new("too_bright", "光线太强，请避开背后的强光。", "It is too bright; avoid strong light behind or on you."),
        ["blurry"] = new("blurry", "画面模糊，请擦拭镜头或保持稳定。", "The picture is blurry; clean the lens or hold still."),
    };

    public static DeviceCheckView View(DeviceCheck check) =>
        new(check.Faces, check.Brightness, check.Blur, check.Ok, [.. check.Guidance.Select(code => Messages[code])]);
}
