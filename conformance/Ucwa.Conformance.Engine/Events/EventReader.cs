using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.Engine.Events;

/// <summary>
/// The judge's reader of event-channel answers (EventChannelDetails.md): JSON <c>_links</c> and
/// <c>sender[].events[]</c>; XML <c>&lt;events&gt;</c> with <c>&lt;link&gt;</c> and <c>&lt;sender&gt;</c> elements whose
/// children are named after the event type. Hrefs are resolved against the events URL.
/// </summary>
public static class EventReader
{
    /// <param name="Next">The link to follow for the next answer: see <see cref="Continuations"/>.</param>
    public sealed record Page(Uri? Next, IReadOnlyList<ObservedEvent> Events);

    /// <summary>
    /// The links an answer may continue the channel with, in the order a client follows them
    /// (EventChannelDetails.md): <c>resync</c> ("the ack was out of order": it gives the first unacknowledged
    /// event set again, and Microsoft's sample client follows it before <c>next</c>), <c>next</c>, and
    /// <c>resume</c> (sent instead of <c>next</c> after long inactivity).
    /// </summary>
    private static readonly string[] Continuations = ["resync", "next", "resume"];

    public static (Page? Page, string? Problem) Read(string body, Uri eventsUrl) => MediaType.Sniff(body) switch
    {
        Fixtures.WireFormat.Json => ReadJson(body, eventsUrl),
        Fixtures.WireFormat.Xml => ReadXml(body, eventsUrl),
        _ => (null, "the event answer is neither JSON nor XML"),
    };

    private static Uri? Resolve(Uri baseUrl, string? href) =>
        href is not null && Uri.TryCreate(baseUrl, href, out var u) ? u : null;

    private static (Page?, string?) ReadJson(string body, Uri eventsUrl)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            // A page, a sender and an event are objects; anything else would make TryGetProperty throw.
            if (root.ValueKind != JsonValueKind.Object)
                return (null, $"the event answer is a JSON {root.ValueKind}, not an object");
            var next = Continuations.Select(rel => Href(root, "_links", rel)).FirstOrDefault(h => h is not null);
            var events = new List<ObservedEvent>();
            if (root.TryGetProperty("sender", out var senders) && senders.ValueKind == JsonValueKind.Array)
            {
                foreach (var sender in senders.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object))
                {
                    if (!sender.TryGetProperty("events", out var list) || list.ValueKind != JsonValueKind.Array) continue;
                    foreach (var e in list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
                    {
                        var link = e.TryGetProperty("link", out var l) ? l : default;
                        var linkRel = Text(link, "rel");
                        var embedded = e.TryGetProperty("_embedded", out var emb) && emb.ValueKind == JsonValueKind.Object
                            ? emb.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Object)
                            : default;
                        events.Add(new ObservedEvent(
                            Text(e, "type") ?? "(no type)",
                            Text(sender, "rel"),
                            linkRel,
                            Resolve(eventsUrl, Text(link, "href")),
                            Text(e, "status"),
                            e.TryGetProperty("reason", out var reason) ? Text(reason, "code") : null,
                            embedded.ValueKind == JsonValueKind.Object,
                            embedded.ValueKind == JsonValueKind.Object ? Text(embedded, "operationId") : null,
                            embedded.ValueKind == JsonValueKind.Object ? Text(embedded, "state") : null,
                            JsonLinks(embedded),
                            JsonProperties(embedded),
                            Resolve(eventsUrl, Text(sender, "href"))));
                    }
                }
            }

            return (new Page(Resolve(eventsUrl, next), events), null);
        }
        catch (JsonException e)
        {
            return (null, "the event answer is not JSON: " + e.Message);
        }
    }

    private static Dictionary<string, string> JsonLinks(JsonElement resource) =>
        resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("_links", out var links) && links.ValueKind == JsonValueKind.Object
            ? links.EnumerateObject().Where(l => Text(l.Value, "href") is not null).ToDictionary(l => l.Name, l => Text(l.Value, "href")!)
            : [];

    private static Dictionary<string, string> JsonProperties(JsonElement resource) =>
        resource.ValueKind == JsonValueKind.Object
            ? resource.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Value.GetString()!)
            : [];

    private static string? Href(JsonElement o, string links, string rel) =>
        o.TryGetProperty(links, out var l) && l.ValueKind == JsonValueKind.Object && l.TryGetProperty(rel, out var r) ? Text(r, "href") : null;

    private static string? Text(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Property(XElement? resource, string name) =>
        resource?.Elements(UcwaSpec.Namespace + "property").FirstOrDefault(p => (string?)p.Attribute("name") == name)?.Value;

    private static (Page?, string?) ReadXml(string body, Uri eventsUrl)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(body).Root!;
        }
        catch (XmlException e)
        {
            return (null, "the event answer is not XML: " + e.Message);
        }

        var ns = UcwaSpec.Namespace;
        if (root.Name != ns + "events")
            return (null, $"the XML root is <{root.Name.LocalName}> in \"{root.Name.NamespaceName}\", not <events> in \"{ns.NamespaceName}\"");

        var next = Continuations.Select(rel => root.Elements(ns + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value)
            .FirstOrDefault(h => h is not null);
        var events = (
            from sender in root.Elements(ns + "sender")
            from e in sender.Elements()
            let resource = e.Element(ns + "resource")
            let status = (string?)e.Attribute("status")
                         ?? e.Elements(ns + "property").FirstOrDefault(p => (string?)p.Attribute("name") == "status")?.Value
            select new ObservedEvent(
                e.Name.LocalName,
                (string?)sender.Attribute("rel"),
                (string?)e.Attribute("rel"),
                Resolve(eventsUrl, (string?)e.Attribute("href")),
                status,
                e.Element(ns + "reason")?.Element(ns + "code")?.Value,
                resource is not null,
                Property(resource, "operationId"),
                Property(resource, "state"),
                resource?.Elements(ns + "link").Where(l => l.Attribute("rel") is not null && l.Attribute("href") is not null)
                    .GroupBy(l => (string)l.Attribute("rel")!).ToDictionary(g => g.Key, g => (string)g.First().Attribute("href")!),
                resource?.Elements(ns + "property").Where(p => p.Attribute("name") is not null && !p.HasElements)
                    .GroupBy(p => (string)p.Attribute("name")!).ToDictionary(g => g.Key, g => g.First().Value),
                Resolve(eventsUrl, (string?)sender.Attribute("href")))).ToList();
        return (new Page(Resolve(eventsUrl, next), events), null);
    }
}
