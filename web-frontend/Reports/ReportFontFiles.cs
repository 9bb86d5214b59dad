using BankHire.Analysis.Reports;
using BankHire.Web.Problems;

namespace BankHire.Web.Reports;

/// <summary>
/// The report fonts read once from where Debian installs them (<see cref="ReportFonts"/>). A missing font is a 503
/// naming the package to install, looked for again on the next request, so installing it needs no restart.
/// </summary>
public sealed class ReportFontFiles
{
    private readonly Lock _gate = new();
    private IReadOnlyList<byte[]>? _fonts;

    public IReadOnlyList<byte[]> Get()
    {
        lock (_gate)
        {
            if (_fonts is not null) return _fonts;
            var (paths, problem) = ReportFonts.Find();
            if (problem is not null) throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, "Report font missing", problem);
            return _fonts = [.. paths.Select(File.ReadAllBytes)];
        }
    }
}
