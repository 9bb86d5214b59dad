using System.Diagnostics;

namespace BankHire.Tests.Browser.Media;

/// <summary>
/// What Chromium's fake camera and microphone play in the interview tests, made at test time from Debian
/// packages only: Eileen Collins' NASA portrait (public domain, shipped by python3-skimage) as a Y4M video,
/// and espeak-ng English speech as a WAV. Cached beside the test assembly (never committed).
/// </summary>
public static class BrowserInterviewMedia
{
    // Bump when a recipe changes, so stale caches are not reused.
    private const string RecipeVersion = "v4";
    private const string AstronautPath = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

    /// <summary>
    /// The answer spoken into the fake microphone. It covers the expected points of <see cref="InterviewTestJob"/>'s
    /// scored question (no guarantee, risk). Chosen by running the server's analyser (VAD + pocketsphinx per segment)
    /// on 14 s windows of the looping file, resampled 16→44.1→16 kHz as in the browser, at 8 offsets: this text gave
    /// coverage 0.25 in 8 of 8 windows; "There is no guarantee. I will explain the risk. I will record the sale." in
    /// 2 of 8, and shorter or longer variants in 0–4 of 8.
    /// </summary>
    public const string SpokenAnswer = "There is no guarantee. No guarantee at all. I will explain the risk.";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "media-cache", "browser-interview-" + RecipeVersion);
    private static readonly Lock Gate = new();

    /// <summary>640×480 Y4M, 5 fps, 2 s: the astronaut's face, centred, in every frame (Chromium loops the file).</summary>
    public static string FaceVideo => Cached("face.y4m", output => Run("ffmpeg", [
        "-hide_banner", "-loglevel", "error", "-y", "-loop", "1", "-framerate", "5", "-i", Astronaut(),
        "-vf", "scale=-2:480,pad=640:480:(ow-iw)/2:0:color=0x55606b,format=yuv420p", "-t", "2", "-f", "yuv4mpegpipe", output]));

    /// <summary>
    /// 640×480 Y4M, 5 fps, 2 s: the astronaut at the coffee table with Grace Hopper sitting beside and further back (her
    /// face ≈ 70 px wide), the still of <see cref="Support.InterviewTestMedia.SecondPersonJpeg"/> in every frame.
    /// </summary>
    public static string SecondPersonVideo => Cached("second-person.y4m", output =>
    {
        var still = output + ".jpg";
        File.WriteAllBytes(still, Support.InterviewTestMedia.SecondPersonJpeg);
        Run("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-loop", "1", "-framerate", "5", "-i", still,
            "-vf", "format=yuv420p", "-t", "2", "-f", "yuv4mpegpipe", output]);
        File.Delete(still);
    });

    /// <summary>Seconds the face is in view, then out of view, in <see cref="FaceComingAndGoingVideo"/>.</summary>
    public const int FaceComingAndGoingSeconds = 4;

    /// <summary>
    /// 640×480 Y4M, 5 fps, 8 s looped by Chromium: 4 s of the astronaut (as <see cref="FaceVideo"/>), 4 s of the same
    /// grey wall with nobody. A 24-px square in the top-left corner is white while the face is shown and black while it
    /// is not, so a page can tell from the picture itself when the face left and came back.
    /// </summary>
    public static string FaceComingAndGoingVideo => Cached("face-coming-and-going.y4m", output => Run("ffmpeg", [
        "-hide_banner", "-loglevel", "error", "-y",
        "-loop", "1", "-framerate", "5", "-t", $"{FaceComingAndGoingSeconds}", "-i", Astronaut(),
        "-f", "lavfi", "-i", $"color=c=0x55606b:s=640x480:r=5:d={FaceComingAndGoingSeconds}",
        "-filter_complex",
        "[0:v]scale=-2:480,pad=640:480:(ow-iw)/2:0:color=0x55606b,drawbox=x=0:y=0:w=24:h=24:color=white:t=fill,setsar=1,fps=5[face];" +
        "[1:v]drawbox=x=0:y=0:w=24:h=24:color=black:t=fill,setsar=1,fps=5[wall];[face][wall]concat=n=2:v=1:a=0,format=yuv420p[out]",
        "-map", "[out]", "-f", "yuv4mpegpipe", output]));

    /// <summary>16 kHz mono 16-bit WAV of <see cref="SpokenAnswer"/> (en-us+f2, the voice pocketsphinx hears best), 0.3 s of silence after it.</summary>
    public static string SpeechWav => Cached("speech.wav", output =>
    {
        var spoken = output + ".espeak.wav";
        Run("espeak-ng", ["-v", "en-us+f2", "-s", "150", "-w", spoken, SpokenAnswer]);
        Run("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-i", spoken, "-af", "apad=pad_dur=0.3",
            "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", output]);
        File.Delete(spoken);
    });

    /// <summary>Eileen Collins' portrait (python3-skimage), the installed file or extracted from the package.</summary>
    public static string Astronaut()
    {
        if (File.Exists(AstronautPath)) return AstronautPath;
        var root = Path.Combine(AppContext.BaseDirectory, "debian-media", "python3-skimage");
        var extracted = Path.Combine(root, AstronautPath.TrimStart('/'));
        if (File.Exists(extracted)) return extracted;
        var debs = Path.Combine(AppContext.BaseDirectory, "debian-media", "debs");
        Directory.CreateDirectory(debs);
        var deb = Directory.GetFiles(debs, "python3-skimage_*.deb").FirstOrDefault();
        if (deb is null)
        {
            Run("apt-get", ["download", "python3-skimage"], debs);
            deb = Directory.GetFiles(debs, "python3-skimage_*.deb").FirstOrDefault()
                ?? throw new InvalidOperationException("apt-get download python3-skimage produced no .deb (run apt-get update?).");
        }
        Directory.CreateDirectory(root);
        Run("bash", ["-c", $"dpkg-deb --fsys-tarfile '{deb}' | tar -x -C '{root}' '.{AstronautPath}'"]);
        return File.Exists(extracted) ? extracted : throw new FileNotFoundException("python3-skimage does not ship the astronaut.", extracted);
    }

    private static string Cached(string fileName, Action<string> make)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, fileName);
            if (File.Exists(path)) return path;
            // Made beside, then renamed: a run stopped half-way leaves no half-made file.
            var partial = Path.Combine(Folder, $"partial-{Guid.NewGuid():N}{Path.GetExtension(fileName)}");
            make(partial);
            File.Move(partial, path, overwrite: true);
            return path;
        }
    }

    private static void Run(string tool, string[] arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is not installed; test.sh installs it (ffmpeg, espeak-ng).", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5))) process.Kill(entireProcessTree: true);
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }
    }
}
