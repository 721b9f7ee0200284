namespace Ucwa.Conformance.Engine.Events;

/// <summary>
/// One event read from the event channel: its type (started, updated, completed …), the sender (rel and
/// href, resolved), the target link (rel and href, resolved), and for operations the status, the reason code
/// and the embedded resource's operationId; the embedded resource's state, links and other string properties
/// (a participant's <c>uri</c>, an invitation's <c>direction</c> or <c>subject</c>). The pump stamps which
/// answer of the channel brought it (1, 2 …) and when that answer was read.
/// </summary>
public sealed record ObservedEvent(
    string Type,
    string? SenderRel,
    string? LinkRel,
    Uri? Href,
    string? Status,
    string? ReasonCode,
    bool HasEmbedded,
    string? EmbeddedOperationId,
    string? EmbeddedState = null,
    IReadOnlyDictionary<string, string>? EmbeddedLinks = null,
    IReadOnlyDictionary<string, string>? EmbeddedProperties = null,
    Uri? SenderHref = null)
{
    /// <summary>The embedded resource's links by rel (hrefs as written), empty when nothing is embedded.</summary>
    public IReadOnlyDictionary<string, string> Links => EmbeddedLinks ?? new Dictionary<string, string>();

    /// <summary>The embedded resource's string properties by name, empty when nothing is embedded.</summary>
    public IReadOnlyDictionary<string, string> Properties => EmbeddedProperties ?? new Dictionary<string, string>();

    /// <summary>The number of the channel's answer that delivered the event (0: not stamped, e.g. hand-made).</summary>
    public int Answer { get; init; }

    /// <summary>When the answer that delivered the event was read (UTC; default when not stamped).</summary>
    public DateTime ReceivedAt { get; init; }

    /// <summary>What the pump asked and the channel answered for the answer that delivered the event (null: not stamped).</summary>
    public EventDelivery? Delivery { get; init; }

    public override string ToString() =>
        $"{Type} {LinkRel} {Href} from {SenderRel}" + (Status is null ? "" : $" status {Status}") + (ReasonCode is null ? "" : $" reason {ReasonCode}");
}

/// <summary>
/// One answer of the event channel as negotiation sees it: the Accept the pump sent, the Content-Type the
/// server declared, and the format the body looks like (AP-NEG-ACCEPT judges the channel's answers too).
/// </summary>
public sealed record EventDelivery(int Answer, string? Accept, string? ContentType, Fixtures.WireFormat? Looks);
