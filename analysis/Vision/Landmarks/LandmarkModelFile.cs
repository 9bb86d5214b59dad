namespace BankHire.Analysis.Vision;

/// <summary>
/// Where dlib's 68-point model is read from: <c>BANKHIRE_LANDMARK_MODEL</c> if set, else Debian's
/// <c>libdlib-data</c> install (<c>/usr/share/dlib</c>), else the cache <c>scripts/fetch-landmark-model.sh</c> fills.
/// The 100 MB file is never committed; its SHA-256 is pinned here and in Models/dlib-shape-predictor.md.
/// </summary>
public static class LandmarkModelFile
{
    public const string FileName = "shape_predictor_68_face_landmarks.dat";
    public const string DebianPackage = "libdlib-data";
    public const string DebianVersion = "19.24+dfsg-1";
    public const string Sha256 = "fbdc2cb80eb9aa7a758672cbfdda32ba6300efe9b6e6c7a299ff7e736b11b92f";
    public const string EnvironmentVariable = "BANKHIRE_LANDMARK_MODEL";

    private const string DebianPath = "/usr/share/dlib/" + FileName;

    /// <summary>The cache the fetch script fills: $XDG_CACHE_HOME (or ~/.cache)/bankhire/dlib/.</summary>
    public static string CachePath => Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "bankhire", "dlib", FileName);

    public static string? Find() =>
        new[] { Environment.GetEnvironmentVariable(EnvironmentVariable), DebianPath, CachePath }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static string Sha256Of(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
    }
}
