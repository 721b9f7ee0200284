using System.Text.Json.Nodes;
using System.Xml.Linq;
using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub.Events;

/// <summary>Writes an event-channel answer in JSON or XML, in the shapes of EventChannelDetails.md and participantInvitation_ref.md.</summary>
internal sealed class EventWriter(StubBehaviour behaviour)
{
    public string Write(string self, string next, string communicationHref, IReadOnlyList<StubEvent> events, bool xml) =>
        xml ? Xml(self, next, communicationHref, events) : Json(self, next, communicationHref, events);

    private string Json(string self, string next, string communicationHref, IReadOnlyList<StubEvent> events)
    {
        var o = new JsonObject
        {
            ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = self }, ["next"] = new JsonObject { ["href"] = next } },
        };
        if (events.Count > 0)
        {
            o["sender"] = new JsonArray(new JsonObject
            {
                ["rel"] = behaviour.EventSender,
                ["href"] = communicationHref,
                ["events"] = new JsonArray([.. events.Select(JsonEvent)]),
            });
        }

        return o.ToJsonString();
    }

    private static JsonNode JsonEvent(StubEvent e)
    {
        var o = new JsonObject { ["link"] = new JsonObject { ["rel"] = e.Rel, ["href"] = e.Href } };
        if (e.Status is not null) o["status"] = e.Status;
        if (e.Embedded is not null) o["_embedded"] = new JsonObject { [e.Embedded.Rel] = e.Embedded.ToJson() };
        if (e.Reason is not null)
            o["reason"] = new JsonObject { ["code"] = e.Reason.Code, ["subcode"] = e.Reason.Subcode, ["message"] = e.Reason.Message };
        o["type"] = e.Type;
        return o;
    }

    private string Xml(string self, string next, string communicationHref, IReadOnlyList<StubEvent> events)
    {
        XNamespace ns = StubBehaviour.UcwaNamespace;
        var root = new XElement(ns + "events", new XAttribute("href", self),
            new XElement(ns + "link", new XAttribute("rel", "next"), new XAttribute("href", next)));
        if (events.Count > 0)
        {
            root.Add(new XElement(ns + "sender", new XAttribute("rel", behaviour.EventSender), new XAttribute("href", communicationHref),
                events.Select(e => new XElement(ns + e.Type,
                    new XAttribute("rel", e.Rel),
                    new XAttribute("href", e.Href),
                    e.Status is null ? null : new XElement(ns + "property", new XAttribute("name", "status"), e.Status),
                    e.Embedded?.ToXml(),
                    e.Reason is null ? null : new XElement(ns + "reason",
                        new XElement(ns + "code", e.Reason.Code), new XElement(ns + "subcode", e.Reason.Subcode ?? ""), new XElement(ns + "message", e.Reason.Message))))));
        }

        return Reply.XmlDocument(root);
    }
}
