using System.Globalization;
using System.IO.Compression;
using BankHire.Analysis.Resumes.Validation;
using BankHire.Analysis.Scoring.Json;
using BankHire.Jobs;
using BankHire.Resumes;
using BankHire.Web.Jobs;
using BankHire.Web.Problems;

namespace BankHire.Web.Resumes;

/// <summary>
/// Turns a validation upload into a checked request, or a 400 ProblemDetails naming the field: the resumes
/// (field <c>files</c>), HR's label file (field <c>labels</c>, CSV or XLSX: file name and tier A/B/C or score
/// 0–100), and optionally <c>rubricVersion</c> (a stored version) or <c>draftModel</c> (a model's JSON, not
/// saved). Every label must name an uploaded file (or a ZIP entry) and every file must be labelled.
/// </summary>
public static class ScreeningValidationRequestReader
{
    private const int ProblemsShown = 10;

    public static async Task<ScreeningValidationRequest> ReadAsync(HttpRequest request, IJobRubricGrain job, string actor)
    {
        var form = await ResumeUploadReader.ReadFormAsync(request);
        var labelFile = form.Files.GetFile("labels")
            ?? throw ApiProblemException.Invalid("labels", "Add HR's label file (CSV or XLSX with a file-name column and a tier A/B/C or a score 0–100) as the form field 'labels'.");
        var resumes = await ResumeUploadReader.ReadFilesAsync(form.Files.Where(f => f.Name != "labels").ToList(), request.HttpContext.RequestAborted);
        var labelUpload = await ResumeUploadReader.ReadAsync(labelFile, request.HttpContext.RequestAborted);

        var (labels, problems) = HrLabelReader.Read(labelUpload.Name, labelUpload.Content);
        if (problems.Count > 0)
            throw new ApiProblemException(400, "Invalid label file",
                string.Join("; ", problems.Take(ProblemsShown).Select(p => p.Row > 0 ? $"row {p.Row}, {p.Column}: {p.Message}" : p.Message)), "labels");
        CheckNames(resumes, labels);

        var (version, draft) = (form["rubricVersion"].ToString(), form["draftModel"].ToString());
        if (version.Length > 0 && draft.Length > 0)
            throw ApiProblemException.Invalid("draftModel", "Give either rubricVersion or draftModel, not both.");
        int? rubricVersion = null;
        if (version.Length > 0)
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || await job.GetVersionAsync(v) is null)
                throw ApiProblemException.Invalid("rubricVersion", $"The job has no rubric version '{version}'.");
            rubricVersion = v;
        }
        string? draftJson = null;
        if (draft.Length > 0)
        {
            try
            {
                draftJson = CompetencyModelGate.Admit(CompetencyModelJson.Deserialize(draft), "draftModel").Json;
            }
            catch (CompetencyModelFormatException e)
            {
                throw ApiProblemException.Invalid("draftModel", e.Message);
            }
        }
        return new ScreeningValidationRequest([.. resumes], [.. labels.Select(l => new HrResumeLabel(l.File, l.Tier.ToString(), l.Score))], rubricVersion, draftJson, actor);
    }

    /// <summary>Labels must name uploaded files (or entries of uploaded ZIPs), and each file needs a label.</summary>
    private static void CheckNames(List<ResumeUpload> resumes, List<HrLabel> labels)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var upload in resumes)
        {
            var entries = ZipEntries(upload);
            if (entries is null) names.Add(upload.Name);
            else foreach (var entry in entries) { names.Add(entry); names.Add($"{upload.Name}/{entry}"); }
        }
        var unknown = labels.Where(l => !names.Contains(l.File) && !names.Contains(Path.GetFileName(l.File))).Select(l => l.File).ToList();
        if (unknown.Count > 0)
            throw ApiProblemException.Invalid("labels", $"The label file names {unknown.Count} file(s) that were not uploaded: {string.Join(", ", unknown.Take(ProblemsShown))}.");
        var labelled = labels.Select(l => l.File).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unlabelled = resumes.SelectMany(r => ZipEntries(r)?.Where(e => !labelled.Contains(e) && !labelled.Contains($"{r.Name}/{e}")) ?? (labelled.Contains(r.Name) ? [] : [r.Name])).ToList();
        if (unlabelled.Count > 0)
            throw ApiProblemException.Invalid("files", $"{unlabelled.Count} uploaded file(s) have no label: {string.Join(", ", unlabelled.Take(ProblemsShown))}.");
    }

    /// <summary>The file entries of a ZIP upload, or null when the upload is not a ZIP.</summary>
    private static List<string>? ZipEntries(ResumeUpload upload)
    {
        if (!upload.Content.AsSpan().StartsWith("PK"u8) || !upload.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(upload.Content, writable: false), ZipArchiveMode.Read, false, BankHire.Analysis.Resumes.Parsing.PlainTextDecoder.Gb18030);
            return zip.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)).Select(e => e.FullName).ToList();
        }
        catch (InvalidDataException)
        {
            throw ApiProblemException.Invalid("files", $"'{upload.Name}' is not a readable ZIP archive.");
        }
    }
}
