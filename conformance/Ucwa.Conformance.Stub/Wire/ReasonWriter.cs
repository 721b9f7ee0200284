using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using WireMock;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>A UCWA error (<c>reason</c>) to answer with.</summary>
internal sealed record Reason(int Status, string Code, string? Subcode, string Message, params string[] Parameters);

/// <summary>Writes <c>reason</c> bodies in the format Accept asks for (ErrorsAndInformationalMessages.md).</summary>
internal sealed class ReasonWriter(StubBehaviour behaviour)
{
    public ResponseMessage Answer(Reason reason, string? accept)
    {
        var code = behaviour.CodeForStatus.TryGetValue(reason.Status.ToString(CultureInfo.InvariantCulture), out var wrong) ? wrong : reason.Code;
        var xml = behaviour.ErrorFormat switch
        {
            "json" => false,
            "xml" => true,
            _ => Negotiation.WantsXml(accept),
        };
        var answeredAs = xml ? Negotiation.Xml : Negotiation.Json;
        var contentType = behaviour.ErrorContentType
                          ?? (behaviour.ErrorFormat == "negotiated" ? Negotiation.ContentTypeFor(accept) : answeredAs + "; charset=utf-8");
        return Reply.With(reason.Status, contentType, xml ? Xml(reason, code) : Json(reason, code));
    }

    private string Json(Reason reason, string code)
    {
        var o = new JsonObject();
        if (!behaviour.OmitErrorCode) o["code"] = code;
        if (reason.Subcode is not null) o["subcode"] = reason.Subcode;
        if (!behaviour.OmitErrorMessage) o["message"] = behaviour.ErrorMessage ?? reason.Message;
        if (behaviour.ErrorExtraMember is { } extra) o[extra] = "stub";
        if (reason.Parameters.Length > 0 && !behaviour.OmitErrorParameters)
            o["parameters"] = new JsonArray([.. reason.Parameters.Select(p => (JsonNode)new JsonObject { ["name"] = p, ["reason"] = "Invalid" })]);
        return o.ToJsonString();
    }

    private string Xml(Reason reason, string code)
    {
        XNamespace ns = behaviour.ErrorXmlNamespace;
        var root = new XElement(ns + behaviour.ErrorXmlRoot,
            behaviour.OmitErrorCode ? null : new XElement(ns + "code", code),
            new XElement(ns + "subcode", reason.Subcode ?? ""),
            behaviour.OmitErrorMessage ? null : new XElement(ns + "message", behaviour.ErrorMessage ?? reason.Message),
            behaviour.ErrorExtraMember is { } extra ? new XElement(ns + extra, "stub") : null,
            new XElement(ns + "debugInfo"),
            new XElement(ns + "parameters", behaviour.OmitErrorParameters
                ? null
                : reason.Parameters.Select(p => new XElement(ns + "property", new XAttribute("name", p), "Invalid"))));
        return Reply.XmlDocument(root);
    }
}
