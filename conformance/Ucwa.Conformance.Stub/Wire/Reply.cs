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

    /// <summary>An XML body as UCWA servers write it: the declaration, then the root element.</summary>
    public static string XmlDocument(System.Xml.Linq.XElement root) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Environment.NewLine + root;

    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public static string Body(IRequestMessage request) =>
        request.Body ?? (request.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : "");
}
