using BankHire.Analysis.Vision;
using OpenCvSharp;

namespace BankHire.Analysis.Tests.Vision;

[Collection(VisionCollection.Name)]
public sealed class VideoFrameSourceTests(VisionModelsFixture models) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bankhire-video-").FullName;

    [Fact]
    public void A_stored_recording_is_sampled_at_the_asked_rate_and_reanalysed()
    {
        // 3 s at 10 fps: the face for the first 1.5 s, then the empty room.
        var path = Path.Combine(_folder, "answer.mp4");
        using (var writer = new VideoWriter(path, FourCC.MP4V, 10, models.Frames.Size))
        {
            Assert.True(writer.IsOpened(), "the bundled FFmpeg can write MPEG-4");
            for (var i = 0; i < 30; i++)
            {
                using var frame = i < 15 ? models.Frames.OneFace() : models.Frames.Background();
                writer.Write(frame);
            }
        }

        var sampled = new List<(double Seconds, bool HasFace)>();
        foreach (var frame in VideoFrameSource.Sample(path, framesPerSecond: 2))
            using (frame)
                sampled.Add((frame.Timestamp.TotalSeconds, models.Analyzer.Analyze(frame.Bgr).HasFace));

        Assert.Equal([0.0, 0.5, 1.0, 1.5, 2.0, 2.5], sampled.Select(s => Math.Round(s.Seconds, 2)));
        Assert.Equal([true, true, true, false, false, false], sampled.Select(s => s.HasFace));
    }

    [Fact]
    public void A_browser_style_VP8_WebM_recording_is_read_back()
    {
        // OpenCV's bundled FFmpeg decodes VP8 but has no encoder for it, so Debian's ffmpeg makes the file.
        for (var i = 0; i < 20; i++)
        {
            using var frame = i < 10 ? models.Frames.Background() : models.Frames.OneFace();
            Cv2.ImWrite(Path.Combine(_folder, $"f{i:D3}.png"), frame);
        }

        var path = Path.Combine(_folder, "answer.webm");
        RunFfmpeg("-loglevel", "error", "-framerate", "10", "-i", Path.Combine(_folder, "f%03d.png"), "-c:v", "libvpx", "-b:v", "2M", path);

        var sampled = new List<(double Seconds, bool HasFace)>();
        foreach (var frame in VideoFrameSource.Sample(path, framesPerSecond: 4))
            using (frame)
                sampled.Add((frame.Timestamp.TotalSeconds, models.Analyzer.Analyze(frame.Bgr).HasFace));

        Assert.Equal([0.0, 0.3, 0.5, 0.8, 1.0, 1.3, 1.5, 1.8], sampled.Select(s => Math.Round(s.Seconds, 1, MidpointRounding.AwayFromZero)));
        Assert.Equal([false, false, false, false, true, true, true, true], sampled.Select(s => s.HasFace));
    }

    [Fact]
    public void A_missing_or_broken_recording_is_an_invalid_frame_error()
    {
        var broken = Path.Combine(_folder, "broken.webm");
        File.WriteAllBytes(broken, new byte[4096]);

        Assert.Throws<InvalidFrameException>(() => VideoFrameSource.Sample(Path.Combine(_folder, "absent.mp4"), 2).ToList());
        Assert.Throws<InvalidFrameException>(() => VideoFrameSource.Sample(broken, 2).ToList());
    }

    private static void RunFfmpeg(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("ffmpeg") { RedirectStandardError = true };
        foreach (var a in args.Prepend("-y")) start.ArgumentList.Add(a);
        System.Diagnostics.Process process;
        try
        {
            process = System.Diagnostics.Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("This test needs Debian's ffmpeg (apt-get install ffmpeg).", e);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"ffmpeg failed: {errors}");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
