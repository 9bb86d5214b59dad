using System.Reflection;

namespace BankHire.Analysis.Text.Lexicon;

/// <summary>Opens the data files that travel inside the assembly (any <c>Data/</c> folder of the analysis project).</summary>
public static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Opens the resource whose name ends with <paramref name="folderAndFile"/>, e.g. "Text.Data.words.txt".</summary>
    public static TextReader Open(string folderAndFile)
    {
        var name = Assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + folderAndFile, StringComparison.Ordinal))
            ?? throw new FileNotFoundException($"Embedded data '{folderAndFile}' is missing from {Assembly.GetName().Name}.");
        return new StreamReader(Assembly.GetManifestResourceStream(name)!);
    }

    public static string ReadAll(string folderAndFile)
    {
        using var reader = Open(folderAndFile);
        return reader.ReadToEnd();
    }
}
