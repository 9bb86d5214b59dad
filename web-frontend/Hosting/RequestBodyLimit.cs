using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace BankHire.Web.Hosting;

/// <summary>
/// Rejects a declared oversized body before any endpoint reads it. The limit is <c>maxBytes</c> unless the
/// endpoint declares its own (<see cref="IRequestSizeLimitMetadata"/>, e.g. resume uploads); that limit is
/// also given to the server, so Kestrel enforces the same number on streamed bodies. The declared-length
/// check makes the answer identical on every server (including the test server).
/// </summary>
public static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            var limit = maxBytes;
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: var declared })
            {
                limit = declared ?? long.MaxValue;
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                    feature.MaxRequestBodySize = declared;
            }
            if (context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException(
                    $"The request body is {context.Request.ContentLength} bytes; the limit is {limit} bytes.",
                    StatusCodes.Status413PayloadTooLarge);
            }
            await next(context);
        });
}
