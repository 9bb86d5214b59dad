using System.Text;
using BankHire.Analysis.Tests.Resumes;

namespace BankHire.Tests.Fuzz;

/// <summary>Corrupt and hostile media: resume files and archives for the multipart routes, frames and audio for the chunk route.</summary>
public static class MediaMutations
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];

    /// <summary>The three decompression bombs of the security review; built once, they take a few seconds.</summary>
    public static readonly Lazy<(string Name, byte[] Content)[]> Bombs = new(() =>
    [
        ("bomb.pdf", DecompressionBombs.Pdf100MB()),
        ("bomb.docx", DecompressionBombs.Docx20MB()),
        ("bomb.zip", DecompressionBombs.Zip100x10MiB()),
    ]);

    public static IEnumerable<FuzzRequest> Multipart(string url, string field, bool bombs)
    {
        var random = new Random(url.Length);
        var files = new List<(string Name, byte[] Content, string Case)>
        {
            ("empty.pdf", [], "empty file"),
            ("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog"), "truncated PDF"),
            ("noise.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. Bytes(random, 4096)], "PDF header then noise"),
            ("noise.docx", [.. "PK\u0003\u0004"u8.ToArray(), .. Bytes(random, 4096)], "zip header then noise"),
            ("noise.zip", [.. "PK\u0005\u0006"u8.ToArray(), .. new byte[18]], "empty zip directory"),
            ("nested.zip", ParsingTestFiles.Zip(("inner.zip", ParsingTestFiles.Zip(("a.txt", "张三"u8.ToArray())))), "nested zip"),
            ("../../../etc/passwd", "张三 13812345678"u8.ToArray(), "path traversal name"),
            ("..\\..\\win.ini", "李四"u8.ToArray(), "backslash traversal name"),
            ("zip-slip.zip", ParsingTestFiles.Zip(("../../evil.txt", "x"u8.ToArray())), "zip slip entry"),
            ("a\u0000b.txt", "王五"u8.ToArray(), "NUL in name"),
            (new string('名', 300) + ".txt", "赵六"u8.ToArray(), "300-character name"),
            ("photo.jpg", Jpeg, "an image"),
            ("binary.exe", [0x4D, 0x5A, .. Bytes(random, 2048)], "an executable"),
            ("gb.txt", [0xD5, 0xC5, 0xC8, 0xFD, 0xFF, 0xFE, 0x00], "broken GB18030"),
            ("roster.csv", "姓名,电话\n=cmd|' /C calc'!A0,13812345678\n"u8.ToArray(), "formula in a roster"),
            ("roster.xlsx", [.. "PK\u0003\u0004"u8.ToArray(), .. Bytes(random, 512)], "broken XLSX"),
        };
        if (bombs) files.AddRange(Bombs.Value.Select(b => (b.Name, b.Content, "decompression bomb " + b.Name)));
        foreach (var (name, content, @case) in files)
            yield return Form(url, @case, (field, name, content));
        yield return Form(url, "no file");
        yield return Form(url, "300 small files", [.. Enumerable.Range(0, 300).Select(i => (field, $"r{i}.txt", Encoding.UTF8.GetBytes($"候选人{i}\n电话 1381234{i:D4}")))]);
        yield return Form(url, "a file under another field name", ("other", "a.txt", "x"u8.ToArray()));
        yield return new FuzzRequest("POST", url, Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nabc"), "multipart/form-data; boundary=b", "multipart cut before its end");
        yield return new FuzzRequest("POST", url, Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--b--\r\n"), "multipart/form-data; boundary=b", "a part without a name");
    }

    public static IEnumerable<FuzzRequest> Chunks(string chunkUrl)
    {
        var random = new Random(7);
        var cases = new List<(string Query, byte[] Body, string ContentType, string Case)>
        {
            ("kind=frame", Jpeg, "image/jpeg", "JPEG header only"),
            ("kind=frame", [.. Jpeg, .. Bytes(random, 20_000)], "image/jpeg", "JPEG header then noise"),
            ("kind=frame", JpegDeclaring(16000, 16000), "image/jpeg", "JPEG declaring 16000×16000"),
            ("kind=frame", JpegDeclaring(0, 0), "image/jpeg", "JPEG declaring 0×0"),
            ("kind=frame", [0x89, 0x50, 0x4E, 0x47, .. Bytes(random, 100)], "image/jpeg", "PNG bytes as JPEG"),
            ("kind=frame", [], "image/jpeg", "empty frame"),
            ("kind=audio", [1, 2, 3], "audio/L16;rate=16000", "odd-length PCM"),
            ("kind=audio", Bytes(random, 32_000), "audio/L16;rate=16000", "noise PCM"),
            ("kind=audio", Bytes(random, 64), "audio/L16;rate=0", "rate 0"),
            ("kind=audio", Bytes(random, 64), "audio/L16;rate=99999999999", "rate beyond int"),
            ("kind=audio", Bytes(random, 64), "audio/L16;rate=8000;channels=9", "nine channels"),
            ("kind=", Jpeg, "image/jpeg", "empty kind"),
            ("kind=frame&attempt=-5", Jpeg, "image/jpeg", "negative attempt"),
            ("kind=frame&attempt=999999999999", Jpeg, "image/jpeg", "attempt beyond int"),
            ("kind=frame&kind=audio", Jpeg, "image/jpeg", "two kinds"),
            ("kind=frame", new byte[3 * 1024 * 1024], "image/jpeg", "3 MB of zeros"),
        };
        var seq = 0;
        foreach (var (query, body, contentType, @case) in cases)
            yield return new FuzzRequest("PUT", $"{chunkUrl.Replace("{seq}", (seq++).ToString())}?{query}", body, contentType, @case);
    }

    /// <summary>Written by hand: HttpClient's builder refuses the hostile file names a browser or a script can still send.</summary>
    private static FuzzRequest Form(string url, string @case, params (string Field, string Name, byte[] Content)[] files)
    {
        using var body = new MemoryStream();
        foreach (var (field, name, content) in files)
        {
            body.Write(Encoding.UTF8.GetBytes($"--fuzz-boundary\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            body.Write(content);
            body.Write("\r\n"u8);
        }
        body.Write("--fuzz-boundary--\r\n"u8);
        return new FuzzRequest("POST", url, body.ToArray(), "multipart/form-data; boundary=fuzz-boundary", @case);
    }

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] JpegDeclaring(int width, int height) =>
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width,
            0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0xD9];
}
