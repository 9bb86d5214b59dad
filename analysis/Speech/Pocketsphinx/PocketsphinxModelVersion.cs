using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace BankHire.Analysis.Speech.Pocketsphinx;

/// <summary>
/// Names the model by the content of its files: the Debian package carries no model version of its own,
/// and a transcript must say exactly which model heard it. Hashed once per process (about 30 MB).
/// </summary>
internal static class PocketsphinxModelVersion
{
    private static readonly ConcurrentDictionary<string, string> Known = new();

    public static string Of(PocketsphinxOptions options)
    {
        if (Known.TryGetValue(options.ModelDirectory, out var known)) return known;
        string[] files = [Path.Combine(options.AcousticModel, "mdef"), Path.Combine(options.AcousticModel, "means"), options.LanguageModel, options.Dictionary];
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
            throw new SpeechToTextException(PocketsphinxSpeechToText.EngineName,
                $"model files missing ({string.Join(", ", missing)}); install the Debian package pocketsphinx-en-us");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files) hash.AppendData(File.ReadAllBytes(file));
        return Known[options.ModelDirectory] = "cmusphinx-en-us/sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
