using System.Text;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>Builds WireMock response messages.</summary>
internal static class Reply
{
    public static ResponseMessage With(int status, string? contentType = null, string? body = null, params (string Name, string Value)[] headers)
    {
        var message = new ResponseMessage { StatusCode = status };
        message.AddHeader("X-MS-UcwaVersion", "2");
        foreach (var group in headers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
            message.AddHeader(group.Key, [.. group.Select(h => h.Value)]);
        if (body is not null)
        {
            message.AddHeader("Content-Type", contentType ?? "text/plain; charset=utf-8");
            message.BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
        }

        return message;
    }

    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public static string Body(IRequestMessage request) =>
        request.Body ?? (request.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : "");
}
