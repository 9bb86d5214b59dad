namespace BankHire.Analysis.Speech.Pocketsphinx;

/// <summary>Where the Debian packages <c>pocketsphinx</c> and <c>pocketsphinx-en-us</c> put the tool and the model.</summary>
public sealed record PocketsphinxOptions
{
    public string BatchExecutable { get; init; } = "pocketsphinx_batch";

    /// <summary>Holds the acoustic model folder <c>en-us</c>, <c>en-us.lm.bin</c> and <c>cmudict-en-us.dict</c>.</summary>
    public string ModelDirectory { get; init; } = "/usr/share/pocketsphinx/model/en-us";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    public string AcousticModel => Path.Combine(ModelDirectory, "en-us");

    public string LanguageModel => Path.Combine(ModelDirectory, "en-us.lm.bin");

    public string Dictionary => Path.Combine(ModelDirectory, "cmudict-en-us.dict");
}
