using BankHire.Analysis.Reports;
using BankHire.Analysis.Tests.Vision;

namespace BankHire.Analysis.Tests.Reports;

/// <summary>The Debian fonts the reports use, from the installed packages or taken out of them with apt-get download.</summary>
internal static class ReportFontFiles
{
    private static readonly Lazy<IReadOnlyList<byte[]>> Fonts = new(() =>
        [.. ReportFonts.All.Select(need => File.ReadAllBytes(DebianPackageFiles.Get(need.DebianPackage, need.KnownPaths[0])))]);

    public static IReadOnlyList<byte[]> All => Fonts.Value;
}
