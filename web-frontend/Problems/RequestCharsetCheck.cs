using System.Text;
using Microsoft.Net.Http.Headers;

namespace BankHire.Web.Problems;

/// <summary>
/// Refuses a body whose Content-Type names a charset .NET cannot decode (<c>charset=ebcdic</c>) as a 400 before any
/// endpoint reads it; otherwise the body readers fail deep inside with an exception that says nothing to the caller.
/// </summary>
public static class RequestCharsetCheck
{
    public static IApplicationBuilder UseRequestCharsetCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentType is { Length: > 0 } header && MediaTypeHeaderValue.TryParse(header, out var mediaType)
                && mediaType.Charset is { Length: > 0 } charset && !IsKnown(charset.Value!.Trim('"')))
                throw new ApiProblemException(StatusCodes.Status400BadRequest, "Unsupported charset",
                    $"The body's charset '{charset}' is not supported; send UTF-8.", "Content-Type");
            await next(context);
        });

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
