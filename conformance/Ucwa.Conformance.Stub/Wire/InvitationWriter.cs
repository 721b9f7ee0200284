using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>A participantInvitation the stub created.</summary>
internal sealed record Invitation(string Href, string ConversationHref, string To, string? OperationId, string State, string ThreadId)
{
    public bool IsFinished => State is "Connected" or "Cancelled" or "Failed" or "Declined";
}

/// <summary>Writes a participantInvitation as participantInvitation_ref.md shows it, without the doc's mistakes.</summary>
internal sealed class InvitationWriter(StubBehaviour behaviour)
{
    public string Write(Invitation i, bool xml) =>
        xml ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Environment.NewLine + ToXml(i) : ToJson(i).ToJsonString();

    public JsonObject ToJson(Invitation i)
    {
        var o = new JsonObject { ["rel"] = behaviour.InvitationRel };
        foreach (var (name, value) in Properties(i)) o[name] = value;
        var links = new JsonObject { ["self"] = new JsonObject { ["href"] = SelfHref(i) } };
        foreach (var (rel, href) in Links(i)) links[rel] = new JsonObject { ["href"] = href };
        o["_links"] = links;
        return o;
    }

    public XElement ToXml(Invitation i)
    {
        XNamespace ns = StubBehaviour.UcwaNamespace;
        return new XElement(ns + "resource",
            new XAttribute("rel", behaviour.InvitationRel),
            new XAttribute("href", SelfHref(i)),
            Links(i).Select(l => new XElement(ns + "link", new XAttribute("rel", l.Rel), new XAttribute("href", l.Href))),
            new XElement(ns + "property", new XAttribute("name", "rel"), behaviour.InvitationRel),
            Properties(i).Select(p => new XElement(ns + "property", new XAttribute("name", p.Name), p.Value)));
    }

    private string SelfHref(Invitation i) => behaviour.WrongSelfLink ? i.Href + "0" : i.Href;

    private IEnumerable<(string Name, string Value)> Properties(Invitation i) =>
        new (string, string?)[]
        {
            ("direction", behaviour.InvitationDirection), ("importance", "Normal"), ("operationId", OperationId(i)),
            ("state", i.State), ("threadId", i.ThreadId), ("to", behaviour.EchoTo ? i.To : null),
        }.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));

    private string? OperationId(Invitation i) =>
        !behaviour.EchoOperationId || i.OperationId is null ? null
        : behaviour.TruncateOperationIdTo is { } n && i.OperationId.Length > n ? i.OperationId[..n]
        : i.OperationId;

    private IEnumerable<(string Rel, string Href)> Links(Invitation i)
    {
        if (!i.IsFinished && behaviour.InvitationCancelLink) yield return ("cancel", i.Href + "/cancel");
        yield return ("conversation", i.ConversationHref);
        if (!i.IsFinished) yield return ("from", i.ConversationHref + "/participants/self");
    }
}
