using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>A UCWA resource as the stub writes it: rel, self href, properties and links (PayloadFormat.md).</summary>
internal sealed record StubResource(string Rel, string Href, IReadOnlyList<(string Name, string Value)> Properties, IReadOnlyList<(string Rel, string Href)> Links)
{
    public string Write(bool xml) =>
        xml ? Reply.XmlDocument(ToXml()) : ToJson().ToJsonString();

    /// <summary>JSON: properties beside <c>rel</c>, links under <c>_links</c> with <c>self</c> first.</summary>
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["rel"] = Rel };
        foreach (var (name, value) in Properties) o[name] = value;
        var links = new JsonObject { ["self"] = new JsonObject { ["href"] = Href } };
        foreach (var (rel, href) in Links) links[rel] = new JsonObject { ["href"] = href };
        o["_links"] = links;
        return o;
    }

    /// <summary>XML: <c>&lt;resource rel href&gt;</c> with <c>&lt;link&gt;</c> and <c>&lt;property&gt;</c> children.</summary>
    public XElement ToXml()
    {
        XNamespace ns = StubBehaviour.UcwaNamespace;
        return new XElement(ns + "resource",
            new XAttribute("rel", Rel),
            new XAttribute("href", Href),
            Links.Select(l => new XElement(ns + "link", new XAttribute("rel", l.Rel), new XAttribute("href", l.Href))),
            new XElement(ns + "property", new XAttribute("name", "rel"), Rel),
            Properties.Select(p => new XElement(ns + "property", new XAttribute("name", p.Name), p.Value)));
    }
}
