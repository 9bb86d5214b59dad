using BankHire.Resumes;
using BankHire.Web.Problems;

namespace BankHire.Web.Resumes;

/// <summary>Reads the files of a multipart upload, refusing with a ProblemDetails anything that is not one.</summary>
public static class ResumeUploadReader
{
    public const int MaxFiles = 1000;

    public static async Task<List<ResumeUpload>> ReadAsync(HttpRequest request)
    {
        var form = await ReadFormAsync(request);
        return await ReadFilesAsync(form.Files, request.HttpContext.RequestAborted);
    }

    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send resumes as multipart/form-data with one or more files (PDF, DOCX, TXT, ZIP, CSV or XLSX).", "files");
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // A boundary that never appears reads as an unexpected end of the body (IOException).
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Malformed multipart body", e.Message, "files");
        }
    }

    public static async Task<List<ResumeUpload>> ReadFilesAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellation)
    {
        if (files.Count == 0) throw ApiProblemException.Invalid("files", "No files were uploaded; add one or more files to the form.");
        if (files.Count > MaxFiles) throw ApiProblemException.Invalid("files", $"At most {MaxFiles} files per upload; put more into a ZIP.");
        var uploads = new List<ResumeUpload>(files.Count);
        foreach (var file in files) uploads.Add(await ReadAsync(file, cancellation));
        return uploads;
    }

    public static async Task<ResumeUpload> ReadAsync(IFormFile file, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(buffer, cancellation);
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return new ResumeUpload(string.IsNullOrWhiteSpace(name) ? file.Name : name, buffer.ToArray());
    }
}
