using System.Collections.Concurrent;
using System.Diagnostics;

namespace BankHire.Tests.Support;

/// <summary>Copied from BankHire.Analysis.Tests (Vision/Media). 
/// Test media taken from Debian packages, so every machine builds the same frames from the same bytes with
/// nothing but apt: a file is used where the package is installed, else the package is fetched with
/// <c>apt-get download</c> and only the wanted files are extracted into a cache beside the test assembly.
/// </summary>
public static class DebianPackageFiles
{
    private static readonly string CacheRoot = Path.Combine(AppContext.BaseDirectory, "debian-media");
    private static readonly ConcurrentDictionary<string, Lazy<string>> Extracted = new();

    /// <summary>The local path of <paramref name="absolutePath"/> as shipped by <paramref name="package"/>.</summary>
    public static string Get(string package, string absolutePath)
    {
        if (File.Exists(absolutePath)) return absolutePath;
        var cached = Path.Combine(CacheRoot, package, absolutePath.TrimStart('/'));
        if (File.Exists(cached)) return cached;
        return Extracted.GetOrAdd($"{package}:{absolutePath}", _ => new Lazy<string>(() => Extract(package, absolutePath, cached))).Value;
    }

    /// <summary>Extracts every missing file of one package in a single pass over the archive.</summary>
    public static void Prefetch(string package, IEnumerable<string> absolutePaths)
    {
        var missing = absolutePaths.Distinct()
            .Where(p => !File.Exists(p) && !File.Exists(Path.Combine(CacheRoot, package, p.TrimStart('/'))))
            .ToList();
        if (missing.Count > 0) ExtractAll(package, missing);
    }

    private static readonly Lock DownloadGate = new();

    private static string Extract(string package, string absolutePath, string cached)
    {
        ExtractAll(package, [absolutePath]);
        return File.Exists(cached) ? cached : throw new FileNotFoundException($"{package} does not ship {absolutePath}.", cached);
    }

    private static void ExtractAll(string package, IReadOnlyList<string> absolutePaths)
    {
        var deb = Download(package);
        var root = Path.Combine(CacheRoot, package);
        Directory.CreateDirectory(root);
        var members = string.Join(' ', absolutePaths.Select(p => $"'.{p}'"));
        Run("bash", ["-c", $"dpkg-deb --fsys-tarfile '{deb}' | tar -x -C '{root}' {members}"]);
    }

    private static string Download(string package)
    {
        lock (DownloadGate)
        {
            var folder = Path.Combine(CacheRoot, "debs");
            Directory.CreateDirectory(folder);
            var existing = Directory.GetFiles(folder, $"{package}_*.deb").FirstOrDefault();
            if (existing is not null) return existing;

            Run("apt-get", ["download", package], folder);
            return Directory.GetFiles(folder, $"{package}_*.deb").FirstOrDefault()
                ?? throw new InvalidOperationException($"apt-get download {package} produced no .deb (run apt-get update?).");
        }
    }

    private static void Run(string file, string[] args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
    }
}
