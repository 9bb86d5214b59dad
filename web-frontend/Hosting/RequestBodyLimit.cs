namespace BankHire.Web.Hosting;

/// <summary>
/// Rejects a declared oversized body before any endpoint reads it. Kestrel enforces the same limit on
/// streamed bodies; this check makes the answer identical on every server (including the test server).
/// </summary>
public static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                throw new BadHttpRequestException(
                    $"The request body is {context.Request.ContentLength} bytes; the limit is {maxBytes} bytes.",
                    StatusCodes.Status413PayloadTooLarge);
            }
            await next(context);
        });
}
