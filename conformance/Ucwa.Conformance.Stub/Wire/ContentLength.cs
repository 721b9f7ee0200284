using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>
/// Every answer with a body carries Content-Length, as every captured real response does (some clients read
/// a body only when it is positive). WireMock writes bodies without one, so Kestrel would send them chunked:
/// this middleware, ahead of WireMock's, buffers each answer and sets its length. With the
/// <c>transport.chunked</c> knob it stays out, and bodies go chunked (to test a client's tolerance of both).
/// </summary>
internal static class ContentLength
{
    public static void Use(IApplicationBuilder app, bool chunked)
    {
        if (chunked) return;
        app.Use(async (context, next) =>
        {
            var wire = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                context.Response.Body = wire;
            }

            if (context.Response.StatusCode is not (204 or 304)) context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(wire, context.RequestAborted).ConfigureAwait(false);
        });
    }
}
