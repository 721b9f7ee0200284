using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Protocol;

/// <summary>
/// A participantInvitation as the judge reads it from a GET on the Location: JSON (<c>rel</c>, properties,
/// <c>_links</c>) or XML (<c>&lt;resource rel href&gt;</c> with <c>&lt;property&gt;</c> and <c>&lt;link&gt;</c> children).
/// </summary>
public sealed record InvitationView(
    string? Rel,
    string? SelfHref,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyDictionary<string, string> Links)
{
    public string? Property(string name) => Properties.GetValueOrDefault(name);

    public static (InvitationView? View, string? Problem) Read(string body, WireFormat format) =>
        format == WireFormat.Json ? ReadJson(body) : ReadXml(body);

    private static (InvitationView?, string?) ReadJson(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, $"the JSON body is {root.ValueKind}, not an object");

            var properties = root.EnumerateObject()
                .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                .ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal);
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("_links", out var linkObject) && linkObject.ValueKind == JsonValueKind.Object)
            {
                foreach (var link in linkObject.EnumerateObject())
                {
                    // A rel may hold one link object, or an array of them.
                    var first = link.Value.ValueKind == JsonValueKind.Array ? link.Value.EnumerateArray().FirstOrDefault() : link.Value;
                    if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("href", out var href) && href.ValueKind == JsonValueKind.String)
                        links[link.Name] = href.GetString()!;
                }
            }

            return (new InvitationView(properties.GetValueOrDefault("rel"), links.GetValueOrDefault("self"), properties, links), null);
        }
        catch (JsonException e)
        {
            return (null, "the body is not JSON: " + e.Message);
        }
    }

    private static (InvitationView?, string?) ReadXml(string body)
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
        if (root.Name != UcwaSpec.Namespace + "resource")
            return (null, $"the XML root is <{root.Name.LocalName}> in namespace \"{root.Name.NamespaceName}\", not <resource> in \"{UcwaSpec.Namespace.NamespaceName}\"");

        var properties = root.Elements(UcwaSpec.Namespace + "property")
            .Where(p => p.Attribute("name") is not null)
            .GroupBy(p => (string)p.Attribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var links = root.Elements(UcwaSpec.Namespace + "link")
            .Where(l => l.Attribute("rel") is not null && l.Attribute("href") is not null)
            .GroupBy(l => (string)l.Attribute("rel")!)
            .ToDictionary(g => g.Key, g => (string)g.First().Attribute("href")!, StringComparer.Ordinal);
        return (new InvitationView((string?)root.Attribute("rel"), (string?)root.Attribute("href"), properties, links), null);
    }
}
