using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>
/// A UCWA resource as the stub writes it (PayloadFormat.md): rel, self href, properties, array properties
/// (<c>propertyList</c> in XML), links (a rel given as a link array is always written as an array, as the
/// page requires for rels that can repeat) and embedded resources.
/// </summary>
internal sealed record StubResource(
    string Rel,
    string Href,
    IReadOnlyList<(string Name, string Value)> Properties,
    IReadOnlyList<(string Rel, string Href)> Links,
    IReadOnlyList<(string Name, IReadOnlyList<string> Items)>? Lists = null,
    IReadOnlyList<(string Rel, StubResource Resource)>? Embedded = null,
    IReadOnlyList<(string Rel, IReadOnlyList<string> Hrefs)>? LinkArrays = null)
{
    public string Write(bool xml) =>
        xml ? Reply.XmlDocument(ToXml()) : ToJson().ToJsonString();

    /// <summary>JSON: properties beside <c>rel</c>, links under <c>_links</c> with <c>self</c> first, resources under <c>_embedded</c>.</summary>
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["rel"] = Rel };
        foreach (var (name, value) in Properties) o[name] = value;
        foreach (var (name, items) in Lists ?? []) o[name] = new JsonArray([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);
        var links = new JsonObject { ["self"] = new JsonObject { ["href"] = Href } };
        foreach (var (rel, href) in Links) links[rel] = new JsonObject { ["href"] = href };
        foreach (var (rel, hrefs) in LinkArrays ?? [])
            links[rel] = new JsonArray([.. hrefs.Select(h => (JsonNode)new JsonObject { ["href"] = h })]);
        o["_links"] = links;
        if (Embedded is { Count: > 0 })
        {
            var embedded = new JsonObject();
            foreach (var (rel, resource) in Embedded) embedded[rel] = resource.ToJson();
            o["_embedded"] = embedded;
        }

        return o;
    }

    /// <summary>
    /// XML: <c>&lt;resource rel href&gt;</c> with <c>&lt;link&gt;</c>, <c>&lt;property&gt;</c> and <c>&lt;propertyList&gt;</c>
    /// children; an embedded resource is a nested <c>&lt;resource&gt;</c> whose <c>rel</c> attribute names the embedding
    /// relation (the resource's own type stays in its <c>rel</c> property).
    /// </summary>
    public XElement ToXml(string? embeddedAs = null)
    {
        XNamespace ns = StubBehaviour.UcwaNamespace;
        return new XElement(ns + "resource",
            new XAttribute("rel", embeddedAs ?? Rel),
            new XAttribute("href", Href),
            Links.Select(l => new XElement(ns + "link", new XAttribute("rel", l.Rel), new XAttribute("href", l.Href))),
            (LinkArrays ?? []).SelectMany(a => a.Hrefs.Select(h => new XElement(ns + "link", new XAttribute("rel", a.Rel), new XAttribute("href", h)))),
            new XElement(ns + "property", new XAttribute("name", "rel"), Rel),
            Properties.Select(p => new XElement(ns + "property", new XAttribute("name", p.Name), p.Value)),
            (Lists ?? []).Select(l => new XElement(ns + "propertyList", new XAttribute("name", l.Name), l.Items.Select(i => new XElement(ns + "item", i)))),
            (Embedded ?? []).Select(e => e.Resource.ToXml(e.Rel)));
    }
}
