namespace BankHire.Analysis.Reports;

/// <summary>One font file a report needs, the Debian package that ships it and where Debian puts it.</summary>
public sealed record FontNeed(string Purpose, string DebianPackage, IReadOnlyList<string> KnownPaths);

/// <summary>
/// The TrueType fonts reports are written in, found at run time where Debian installs them: DejaVu Sans for Latin
/// letters and digits, Droid Sans Fallback for Chinese (it has no Latin glyphs). Single .ttf files: the PDF writer
/// embeds one font file, not a .ttc collection.
/// </summary>
public static class ReportFonts
{
    public static readonly FontNeed Latin = new("Latin letters and digits", "fonts-dejavu-core",
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]);

    public static readonly FontNeed Chinese = new("Chinese", "fonts-droid-fallback",
    [
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts-droid-fallback/truetype/DroidSansFallbackFull.ttf",
        "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf",
    ]);

    /// <summary>In the order a character is looked for: the first font with a glyph for it writes it.</summary>
    public static readonly IReadOnlyList<FontNeed> All = [Latin, Chinese];

    /// <summary>The first existing path of each font, or the reason (with the packages to install) when one is missing.</summary>
    public static (IReadOnlyList<string> Paths, string? Problem) Find(IReadOnlyList<FontNeed>? needs = null)
    {
        var paths = new List<string>();
        var missing = new List<FontNeed>();
        foreach (var need in needs ?? All)
        {
            if (need.KnownPaths.FirstOrDefault(File.Exists) is { } path) paths.Add(path);
            else missing.Add(need);
        }
        if (missing.Count == 0) return (paths, null);
        var looked = string.Join("; ", missing.Select(m => $"{m.Purpose}: {string.Join(", ", m.KnownPaths)}"));
        var packages = string.Join(" ", missing.Select(m => m.DebianPackage).Distinct());
        return ([], $"The fonts for PDF reports are not installed (looked for {looked}); install the Debian package(s): apt-get install {packages}.");
    }
}
