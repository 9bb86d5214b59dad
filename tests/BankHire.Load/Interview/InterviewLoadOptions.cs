namespace BankHire.Load;

/// <summary>
/// interview url user password counts [--seconds N] [--unpaced] [--raw-frames N] [--fresh-job] [--job id] [--app-pid N] [--no-audio] [--no-face-consent] [--spread] [--spoken] [--frames-per-upload N]
/// counts: comma-separated numbers of concurrent candidates, run one after the other (e.g. 1,20).
/// </summary>
public sealed record InterviewLoadOptions(
    string BaseUrl, string User, string Password, IReadOnlyList<int> Counts,
    int AnswerSeconds, bool Paced, int RawFrames, string? JobId, int? AppPid = null, bool Audio = true, bool FaceConsent = true, bool Spread = false, bool Spoken = false, int FramesPerUpload = InterviewLoadOptions.PageFramesPerUpload)
{
    public const string DemoTellerJob = "teller-2027-campus";

    /// <summary>As the interview page (uploader.js): frames go two to a request.</summary>
    public const int PageFramesPerUpload = 2;

    public static InterviewLoadOptions Parse(string[] args)
    {
        var positional = new List<string>();
        int seconds = 10, raw = 200;
        bool paced = true;
        string? job = DemoTellerJob;
        int? appPid = null;
        var audio = true;
        var face = true;
        var spread = false;
        var spoken = false;
        var framesPerUpload = PageFramesPerUpload;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds": seconds = int.Parse(args[++i]); break;
                case "--raw-frames": raw = int.Parse(args[++i]); break;
                case "--unpaced": paced = false; break;
                case "--fresh-job": job = null; break;
                case "--job": job = args[++i]; break;
                case "--app-pid": appPid = int.Parse(args[++i]); break;
                case "--no-audio": audio = false; break;
                // Frames are uploaded and stored but never analysed: what ingest alone costs.
                case "--no-face-consent": face = false; break;
                // Against a cluster: how each run's scorers spread over the silos.
                case "--spread": spread = true; break;
                // No typed answer: the content comes from speech-to-text of the audio (the app's configured engine).
                case "--spoken": spoken = true; break;
                // 1: every frame its own request, as the page did before it batched them.
                case "--frames-per-upload": framesPerUpload = int.Parse(args[++i]); break;
                default: positional.Add(args[i]); break;
            }
        }
        return new(
            positional.ElementAtOrDefault(0) ?? "http://localhost:5000",
            positional.ElementAtOrDefault(1) ?? "admin",
            positional.ElementAtOrDefault(2) ?? Environment.GetEnvironmentVariable("BANKHIRE_ADMIN_PASSWORD") ?? "",
            [.. (positional.ElementAtOrDefault(3) ?? "1,20").Split(',').Select(int.Parse)],
            seconds, paced, raw, job, appPid, audio, face, spread, spoken, framesPerUpload);
    }
}
