namespace Ucwa.Conformance.Stub.Model;

/// <summary>
/// An operation resource the stub started for a client (OperationResource.md): an outgoing
/// onlineMeetingInvitation or messagingInvitation, with its state and the conversation it belongs to; or an
/// incoming messagingInvitation on the invitee's application (ReceiveAnIM.md step 8), which the invitee answers
/// with accept or decline.
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

    public string Direction { get; init; } = "Outgoing";

    public string? Subject { get; init; }

    /// <summary>An incoming invitation's answer: true to accept, false to decline (run under the model's lock).</summary>
    public Action<bool>? Answer { get; set; }

    public string AcceptHref => Href + "/accept";

    public string DeclineHref => Href + "/decline";
}
