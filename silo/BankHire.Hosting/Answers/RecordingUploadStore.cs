using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using BankHire.Hosting.Encryption;
using BankHire.Hosting.Storage;

namespace BankHire.Hosting.Answers;

/// <summary>
/// Resumable uploads of recordings made with the phone's own camera, one per answer attempt, on this node's disk
/// (Storage:DataDirectory/recordings). Each part is sealed (AES-256-GCM) under the interview's data key, bound to its
/// place (interview, answer, offset), written to a temporary file, flushed to the disk and renamed into place before it
/// is acknowledged, so the offset the server reports is always bytes that survive a crash. A part resent at an offset
/// already stored is acknowledged again when its bytes are the same. Once the candidate's keys are shredded the parts
/// no longer open. The file is opened in plain only into a private temporary file for decoding.
/// </summary>
public sealed class RecordingUploadStore(StorageOptions options, DataKeyStore keys)
{
    private const string UploadFile = "upload.json";
    private const string DecodedFile = "decoded.json";
    private const string PartPrefix = "part-";
    private const string PartSuffix = ".sealed";

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    private string Root => Path.GetFullPath(Path.Combine(options.DataDirectory, "recordings"));

    /// <summary>One writer per answer's upload on this node: parts, decoding and deletion do not interleave.</summary>
    public async Task<IDisposable> LockAsync(Guid interviewId, string answerKey, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(Folder(interviewId, answerKey), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    /// <summary>The upload's state; null when none was begun.</summary>
    public RecordingUpload? Find(Guid interviewId, string answerKey)
    {
        var folder = Folder(interviewId, answerKey);
        var declared = Path.Combine(folder, UploadFile);
        if (!File.Exists(declared)) return null;
        var length = JsonSerializer.Deserialize<Declared>(File.ReadAllText(declared))!.Length;
        var decodedPath = Path.Combine(folder, DecodedFile);
        var decoded = File.Exists(decodedPath) ? JsonSerializer.Deserialize<RecordingDecoded>(File.ReadAllText(decodedPath)) : null;
        return new RecordingUpload(length, decoded is null ? ContiguousOffset(folder) : length, decoded);
    }

    /// <summary>Begins an upload of <paramref name="length"/> bytes, or returns the one begun with the same length (a
    /// client resuming). A different length is a new file for an attempt not yet decoded: the old parts go.</summary>
    public async Task<RecordingUpload> BeginAsync(Guid interviewId, string answerKey, long length, CancellationToken cancellationToken)
    {
        if (Find(interviewId, answerKey) is { } existing && (existing.Length == length || existing.Decoded is not null)) return existing;
        var folder = Folder(interviewId, answerKey);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        await WriteDurablyAsync(Path.Combine(folder, UploadFile), JsonSerializer.SerializeToUtf8Bytes(new Declared(length)), cancellationToken);
        return new RecordingUpload(length, 0, null);
    }

    public enum PartWrite { Stored, AlreadyStored, Conflict }

    /// <summary>Stores the bytes at <paramref name="offset"/> durably. <see cref="PartWrite.Conflict"/> when the offset is
    /// not where the upload stands and no part with the same bytes was stored there.</summary>
    public async Task<PartWrite> AppendAsync(Guid interviewId, string answerKey, Guid candidateId, long offset, byte[] bytes, CancellationToken cancellationToken)
    {
        var folder = Folder(interviewId, answerKey);
        var upload = Find(interviewId, answerKey) ?? throw new InvalidOperationException("No upload was begun.");
        var path = PartPath(folder, offset);
        if (offset < upload.Offset || upload.Decoded is not null)
            return File.Exists(path) && await OpenPartAsync(interviewId, answerKey, offset, path, cancellationToken) is { } stored && stored.AsSpan().SequenceEqual(bytes)
                ? PartWrite.AlreadyStored : PartWrite.Conflict;
        if (offset > upload.Offset || offset + bytes.Length > upload.Length) return PartWrite.Conflict;
        var key = await keys.GetOrCreateAsync(interviewId, candidateId, cancellationToken);
        await WriteDurablyAsync(path, EnvelopeCipher.Seal(key, bytes, Place(interviewId, answerKey, offset)), cancellationToken);
        return PartWrite.Stored;
    }

    /// <summary>Writes the whole upload in plain into <paramref name="target"/> (readable by this process only).</summary>
    public async Task AssembleAsync(Guid interviewId, string answerKey, string target, CancellationToken cancellationToken)
    {
        var folder = Folder(interviewId, answerKey);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var output = new FileStream(target, create);
        foreach (var (offset, path) in Parts(folder))
            await output.WriteAsync(await OpenPartAsync(interviewId, answerKey, offset, path, cancellationToken)
                ?? throw new InvalidOperationException("The recording's key is gone."), cancellationToken);
    }

    /// <summary>Records what decoding stored; unless <see cref="RecordingDecoded.RecordingKept"/>, the file's parts go.</summary>
    public async Task MarkDecodedAsync(Guid interviewId, string answerKey, RecordingDecoded decoded, CancellationToken cancellationToken)
    {
        var folder = Folder(interviewId, answerKey);
        await WriteDurablyAsync(Path.Combine(folder, DecodedFile), JsonSerializer.SerializeToUtf8Bytes(decoded), cancellationToken);
        if (!decoded.RecordingKept)
            foreach (var (_, path) in Parts(folder)) File.Delete(path);
    }

    /// <summary>Whether the sealed file of the answer is on disk (kept for human review, or still uploading).</summary>
    public bool HoldsParts(Guid interviewId, string answerKey) =>
        Directory.Exists(Folder(interviewId, answerKey)) && Parts(Folder(interviewId, answerKey)).Any();

    /// <summary>Deletes every upload of the interview (the purge of its media); returns how many answers' uploads went.</summary>
    public int DeleteInterview(Guid interviewId)
    {
        var folder = Path.Combine(Root, interviewId.ToString("N"));
        if (!Directory.Exists(folder)) return 0;
        var answers = Directory.GetDirectories(folder).Length;
        Directory.Delete(folder, recursive: true);
        return answers;
    }

    // The answer key is hex-encoded: a question id can hold characters a file name cannot.
    private string Folder(Guid interviewId, string answerKey) =>
        Path.Combine(Root, interviewId.ToString("N"), Convert.ToHexStringLower(Encoding.UTF8.GetBytes(answerKey)));

    private static string PartPath(string folder, long offset) => Path.Combine(folder, $"{PartPrefix}{offset:D12}{PartSuffix}");

    private static IEnumerable<(long Offset, string Path)> Parts(string folder) =>
        Directory.EnumerateFiles(folder, PartPrefix + "*" + PartSuffix)
            .Select(p => (Offset: long.Parse(Path.GetFileName(p)[PartPrefix.Length..^PartSuffix.Length]), Path: p))
            .OrderBy(p => p.Offset);

    /// <summary>The end of the parts that follow each other from 0 (a part's plain length is its sealed length less the envelope).</summary>
    private static long ContiguousOffset(string folder)
    {
        long offset = 0;
        foreach (var (start, path) in Parts(folder))
        {
            if (start != offset) break;
            offset += new FileInfo(path).Length - EnvelopeCipher.Overhead;
        }
        return offset;
    }

    private async Task<byte[]?> OpenPartAsync(Guid interviewId, string answerKey, long offset, string path, CancellationToken cancellationToken)
    {
        var key = await keys.FindAsync(interviewId, cancellationToken);
        if (key is null) return null;
        var sealedPart = await File.ReadAllBytesAsync(path, cancellationToken);
        return EnvelopeCipher.Open(key, sealedPart, Place(interviewId, answerKey, offset));
    }

    private static byte[] Place(Guid interviewId, string answerKey, long offset) =>
        Encoding.UTF8.GetBytes($"recording:{interviewId:D}/{answerKey}/{offset}");

    private static async Task WriteDurablyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            await stream.WriteAsync(bytes, cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record Declared(long Length);

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
