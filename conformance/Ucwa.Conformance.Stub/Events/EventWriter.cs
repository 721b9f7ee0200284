using System.Text.Json.Nodes;
using System.Xml.Linq;
using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub.Events;

/// <summary>
/// Writes an event-channel answer in JSON or XML, in the shapes of EventChannelDetails.md: self and next (or
/// only resync) links, then the events grouped by sender, consecutive events of one sender in one group so
/// the order of events is kept.
/// </summary>
internal sealed class EventWriter(StubBehaviour behaviour)
{
    public string Write(string self, string? next, string? resync, IReadOnlyList<StubEvent> events, bool xml) =>
        xml ? Xml(self, next, resync, events) : Json(self, next, resync, events);

    /// <summary>Runs of consecutive events with the same sender; the <c>EventSender</c> knob renames the communication sender.</summary>
    private List<(EventSender Sender, List<StubEvent> Events)> Groups(IReadOnlyList<StubEvent> events)
    {
        var groups = new List<(EventSender, List<StubEvent>)>();
        foreach (var e in events)
        {
            var sender = e.Sender.Rel == "communication" ? e.Sender with { Rel = behaviour.EventSender } : e.Sender;
            if (groups.Count > 0 && groups[^1].Item1 == sender) groups[^1].Item2.Add(e);
            else groups.Add((sender, [e]));
        }

        return groups;
    }

    private string Json(string self, string? next, string? resync, IReadOnlyList<StubEvent> events)
    {
        var links = new JsonObject { ["self"] = new JsonObject { ["href"] = self } };
        if (next is not null) links["next"] = new JsonObject { ["href"] = next };
        if (resync is not null) links["resync"] = new JsonObject { ["href"] = resync };
        var o = new JsonObject { ["_links"] = links };
        if (events.Count > 0)
        {
            o["sender"] = new JsonArray([.. Groups(events).Select(g => (JsonNode)new JsonObject
            {
                ["rel"] = g.Sender.Rel,
                ["href"] = g.Sender.Href,
                ["events"] = new JsonArray([.. g.Events.Select(JsonEvent)]),
            })]);
        }

        return o.ToJsonString();
    }

    private static JsonNode JsonEvent(StubEvent e)
    {
        var o = new JsonObject { ["link"] = new JsonObject { ["rel"] = e.Rel, ["href"] = e.Href } };
        if (e.In is { } within) o["in"] = new JsonObject { ["rel"] = within.Rel, ["href"] = within.Href };
        if (e.Status is not null) o["status"] = e.Status;
        if (e.Embedded is not null) o["_embedded"] = new JsonObject { [e.Embedded.Rel] = e.Embedded.ToJson() };
        if (e.Reason is not null)
            o["reason"] = new JsonObject { ["code"] = e.Reason.Code, ["subcode"] = e.Reason.Subcode, ["message"] = e.Reason.Message };
        o["type"] = e.Type;
        return o;
    }

    private string Xml(string self, string? next, string? resync, IReadOnlyList<StubEvent> events)
    {
        XNamespace ns = StubBehaviour.UcwaNamespace;
        var root = new XElement(ns + "events", new XAttribute("href", self),
            next is null ? null : new XElement(ns + "link", new XAttribute("rel", "next"), new XAttribute("href", next)),
            resync is null ? null : new XElement(ns + "link", new XAttribute("rel", "resync"), new XAttribute("href", resync)));
        foreach (var (sender, group) in Groups(events))
        {
            root.Add(new XElement(ns + "sender", new XAttribute("rel", sender.Rel), new XAttribute("href", sender.Href),
                group.Select(e => new XElement(ns + e.Type,
                    new XAttribute("rel", e.Rel),
                    new XAttribute("href", e.Href),
                    e.In is { } within ? new XElement(ns + "in", new XAttribute("rel", within.Rel), new XAttribute("href", within.Href)) : null,
                    e.Status is null ? null : new XElement(ns + "property", new XAttribute("name", "status"), e.Status),
                    e.Embedded?.ToXml(),
                    e.Reason is null ? null : new XElement(ns + "reason",
                        new XElement(ns + "code", e.Reason.Code), new XElement(ns + "subcode", e.Reason.Subcode ?? ""), new XElement(ns + "message", e.Reason.Message))))));
        }

        return Reply.XmlDocument(root);
    }
}
