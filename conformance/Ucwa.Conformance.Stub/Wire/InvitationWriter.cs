using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>A participantInvitation the stub created.</summary>
internal sealed record Invitation(string Href, string ConversationHref, string To, string? OperationId, string State, string ThreadId)
{
    public bool IsFinished => State is "Connected" or "Cancelled" or "Failed" or "Declined";
}

/// <summary>Writes a participantInvitation as participantInvitation_ref.md shows it, without the doc's mistakes.</summary>
internal static class InvitationWriter
{
    public static string Write(Invitation i, bool xml) =>
        xml ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Environment.NewLine + ToXml(i) : ToJson(i).ToJsonString();

    public static JsonObject ToJson(Invitation i)
    {
        var o = new JsonObject { ["rel"] = "participantInvitation" };
        foreach (var (name, value) in Properties(i)) o[name] = value;
        var links = new JsonObject { ["self"] = new JsonObject { ["href"] = i.Href } };
        foreach (var (rel, href) in Links(i)) links[rel] = new JsonObject { ["href"] = href };
        o["_links"] = links;
        return o;
    }

    public static XElement ToXml(Invitation i)
    {
        XNamespace ns = StubBehaviour.UcwaNamespace;
        return new XElement(ns + "resource",
            new XAttribute("rel", "participantInvitation"),
            new XAttribute("href", i.Href),
            Links(i).Select(l => new XElement(ns + "link", new XAttribute("rel", l.Rel), new XAttribute("href", l.Href))),
            new XElement(ns + "property", new XAttribute("name", "rel"), "participantInvitation"),
            Properties(i).Select(p => new XElement(ns + "property", new XAttribute("name", p.Name), p.Value)));
    }

    private static IEnumerable<(string Name, string Value)> Properties(Invitation i) =>
        new (string, string?)[]
        {
            ("direction", "Outgoing"), ("importance", "Normal"), ("operationId", i.OperationId),
            ("state", i.State), ("threadId", i.ThreadId), ("to", i.To),
        }.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));

    private static IEnumerable<(string Rel, string Href)> Links(Invitation i) =>
        i.IsFinished
            ? [("conversation", i.ConversationHref)]
            : [("cancel", i.Href + "/cancel"), ("conversation", i.ConversationHref), ("from", i.ConversationHref + "/participants/self")];
}
