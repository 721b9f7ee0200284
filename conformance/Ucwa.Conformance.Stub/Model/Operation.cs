namespace Ucwa.Conformance.Stub.Model;

/// <summary>
/// An operation resource the stub started for a client (OperationResource.md): an outgoing
/// onlineMeetingInvitation or messagingInvitation, with its state and the conversation it belongs to.
/// (participantInvitations are <see cref="Wire.Invitation"/>, written with the deviation knobs applied.)
/// </summary>
internal sealed class Operation(string rel, string href, string conversationHref, string? operationId, string? to)
{
    public string Rel { get; } = rel;

    public string Href { get; } = href;

    public string ConversationHref { get; } = conversationHref;

    public string? OperationId { get; } = operationId;

    public string? To { get; } = to;

    public string State { get; set; } = "Connecting";

    public bool IsFinished => State is not ("Connecting" or "Alerting");
}
