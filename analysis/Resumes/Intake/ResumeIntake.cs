using BankHire.Analysis.Resumes.Candidates;
using BankHire.Analysis.Resumes.Extraction;
using BankHire.Analysis.Resumes.Parsing;

namespace BankHire.Analysis.Resumes.Intake;

/// <summary>
/// Imports uploaded files into a job's candidates: parse, extract, recognise people already seen.
/// Every source gets exactly one result (parsed, duplicate, rejected); a source is registered only
/// after it was read completely, so nothing is half-imported.
/// </summary>
public sealed class ResumeIntake(ResumeExtractor extractor, IntakeLimits limits)
{
    public List<IntakeResult> Import(IEnumerable<ResumeFile> files, CandidateRegistry registry, IProgress<int>? filesDone = null)
    {
        var results = new List<IntakeResult>();
        var done = 0;
        foreach (var file in files)
        {
            foreach (var item in ResumeFileParser.Parse(file, limits))
                results.Add(Register(item, registry));
            filesDone?.Report(++done);
        }
        return results;
    }

    private IntakeResult Register(ParsedItem item, CandidateRegistry registry)
    {
        if (item.IsRejected) return new IntakeResult(item.SourceName, IntakeStatus.Rejected, item.Reason, item.Message);
        ResumeProfile profile;
        try
        {
            profile = item.Row is not null
                ? extractor.FromRoster(item.SourceName, item.Row)
                : extractor.Extract(item.SourceName, item.Text!, item.HasPicture, item.Hidden);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug on one odd file must not stop the batch or leave it half-imported.
            return new IntakeResult(item.SourceName, IntakeStatus.Rejected, RejectionReason.CorruptFile, $"text could not be analysed ({e.GetType().Name})");
        }
        var (candidate, duplicateOf) = registry.Add(profile);
        return duplicateOf is null
            ? new IntakeResult(item.SourceName, IntakeStatus.Parsed, null, item.Message, candidate.Id)
            : new IntakeResult(item.SourceName, IntakeStatus.Duplicate, null, $"same person as {duplicateOf}; merged", candidate.Id, duplicateOf);
    }
}
