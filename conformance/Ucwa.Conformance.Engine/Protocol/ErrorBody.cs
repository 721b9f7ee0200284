using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Protocol;

/// <summary>
/// A UCWA <c>reason</c> (error) body as the judge reads it. <see cref="ReadStrict"/> applies AP-ERR-BODY's
/// rules; <see cref="ReadLenient"/> extracts code and subcode from anything close enough, so that checks
/// of status and code fail only for their own reason, not because the body's shape is also wrong.
/// </summary>
public sealed record ErrorBody(string Code, string? Subcode, string? Message, IReadOnlyList<string> ParameterNames)
{
    /// <summary>"BadRequest/ParameterValidationFailure", "NotFound/None": how every message and the snapshot name an error.</summary>
    public override string ToString() => $"{Code}/{Subcodes.Show(Subcode)}";

    /// <summary>The body as AP-ERR-BODY requires it in <paramref name="format"/>, or the reason it is not.</summary>
    public static (ErrorBody? Body, string? Problem) ReadStrict(string body, WireFormat format) =>
        format == WireFormat.Json ? ReadJson(body, strictShape: true) : ReadXml(body, strictNamespace: true);

    /// <summary>Code, subcode and message from a JSON or XML body, whichever it is; null when none can be found.</summary>
    public static ErrorBody? ReadLenient(string body) => MediaType.Sniff(body) switch
    {
        WireFormat.Json => ReadJson(body, strictShape: false).Body,
        WireFormat.Xml => ReadXml(body, strictNamespace: false).Body,
        _ => null,
    };

    private static (ErrorBody? Body, string? Problem) ReadJson(string body, bool strictShape)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, $"the JSON body is {root.ValueKind}, not an object");
            var code = Member(root, "code", strictShape);
            if (code is not { ValueKind: JsonValueKind.String } || string.IsNullOrEmpty(code.Value.GetString()))
                return (null, "the JSON object has no string \"code\"");
            return (new ErrorBody(
                code.Value.GetString()!,
                Text(Member(root, "subcode", strictShape)),
                Text(Member(root, "message", strictShape)),
                JsonParameterNames(Member(root, "parameters", strictShape))), null);
        }
        catch (JsonException e)
        {
            return (null, "the body is not JSON: " + e.Message);
        }
    }

    private static JsonElement? Member(JsonElement o, string name, bool exactCase)
    {
        foreach (var p in o.EnumerateObject())
        {
            if (string.Equals(p.Name, name, exactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
                return p.Value;
        }

        return null;
    }

    private static string? Text(JsonElement? e) => e is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    // Seen on real servers as an array of {"name","reason"}; a map keyed by name is read too.
    private static List<string> JsonParameterNames(JsonElement? parameters) => parameters switch
    {
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.Object ? Text(Member(item, "name", false)) : null)
            .OfType<string>().ToList(),
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Select(p => p.Name).ToList(),
        _ => [],
    };

    private static (ErrorBody? Body, string? Problem) ReadXml(string body, bool strictNamespace)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(body);
        }
        catch (XmlException e)
        {
            return (null, "the body is not XML: " + e.Message);
        }

        var root = doc.Root!;
        if (root.Name.LocalName != "reason")
            return (null, $"the XML root is <{root.Name.LocalName}>, not <reason>");
        if (strictNamespace && root.Name.Namespace != UcwaSpec.Namespace)
            return (null, $"<reason> is in namespace \"{root.Name.NamespaceName}\", not \"{UcwaSpec.Namespace.NamespaceName}\"");

        string? Child(string name) => root.Elements().FirstOrDefault(e =>
            e.Name.LocalName == name && (!strictNamespace || e.Name.Namespace == UcwaSpec.Namespace))?.Value;

        var code = Child("code");
        if (string.IsNullOrEmpty(code))
            return (null, "<reason> has no <code> child with a value");

        // The docs show <parameters /> empty; when filled, a name may be an attribute or an element name.
        var parameters = root.Elements().Where(e => e.Name.LocalName == "parameters")
            .Elements()
            .Select(p => (string?)p.Attribute("name") ?? p.Name.LocalName)
            .ToList();
        return (new ErrorBody(code, Child("subcode"), Child("message"), parameters), null);
    }
}
