namespace Ucwa.Conformance.Stub.Wire;

/// <summary>A participantInvitation the stub created.</summary>
internal sealed record Invitation(string Href, string ConversationHref, string To, string? OperationId, string State, string ThreadId, string? From = null)
{
    public bool IsFinished => State is "Connected" or "Cancelled" or "Failed" or "Declined";
}

/// <summary>Writes a participantInvitation as participantInvitation_ref.md shows it, without the doc's mistakes.</summary>
internal sealed class InvitationWriter(StubBehaviour behaviour)
{
    public string Write(Invitation i, bool xml) => ToResource(i).Write(xml);

    public StubResource ToResource(Invitation i) =>
        new(behaviour.InvitationRel, behaviour.WrongSelfLink ? i.Href + "0" : i.Href, [.. Properties(i)], [.. Links(i)]);

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
        if (!i.IsFinished && i.From is not null) yield return ("from", i.From);
    }
}
