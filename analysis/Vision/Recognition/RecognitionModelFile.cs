namespace BankHire.Analysis.Vision;

/// <summary>
/// Where face-api's recognition weights are: a folder with the manifest and its shard, from the npm package
/// @vladmandic/face-api (fetched by scripts/fetch-face-recognition-model.sh, never committed), both files pinned by SHA-256.
/// </summary>
public static class RecognitionModelFile
{
    public const string NpmPackage = "@vladmandic/face-api";
    public const string NpmVersion = "1.7.15";
    public const string ManifestName = "face_recognition_model-weights_manifest.json";
    public const string ShardName = "face_recognition_model.bin";
    public const string ManifestSha256 = "cbaffa501b0b9275a12b63357a6843e7e30c054e1c9151e1a5f879b26e32986b";
    public const string ShardSha256 = "b413e420d6840b2775fba32008db6f3cddb07d485967fb42cfcf379c16a8c589";
    public const string EnvironmentVariable = "BANKHIRE_FACE_RECOGNITION_MODEL";

    /// <summary>The cache the fetch script fills: $XDG_CACHE_HOME (or ~/.cache)/bankhire/face-api/.</summary>
    public static string CacheFolder => Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "bankhire", "face-api");

    /// <summary>The folder (the environment variable's, else the cache) that holds the manifest, or null.</summary>
    public static string? FindFolder() =>
        new[] { Environment.GetEnvironmentVariable(EnvironmentVariable), CacheFolder }
            .FirstOrDefault(f => !string.IsNullOrEmpty(f) && File.Exists(Path.Combine(f, ManifestName)));

    /// <summary>Null when both files carry their pinned SHA-256, else what differs.</summary>
    public static string? Mismatch(string folder)
    {
        foreach (var (name, sha) in new[] { (ManifestName, ManifestSha256), (ShardName, ShardSha256) })
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path)) return $"{path} is missing";
            using var file = File.OpenRead(path);
            var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
            if (actual != sha) return $"{path} has SHA-256 {actual}, not the pinned {sha}";
        }
        return null;
    }
}
