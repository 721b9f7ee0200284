namespace Ucwa.Conformance.Engine.Events;

/// <summary>
/// One event read from the event channel: its type (started, updated, completed …), the sender's rel,
/// the target link (rel and href, resolved), and for operations the status, the reason code and the
/// embedded resource's operationId.
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
    IReadOnlyDictionary<string, string>? EmbeddedLinks = null)
{
    /// <summary>The embedded resource's links by rel (hrefs as written), empty when nothing is embedded.</summary>
    public IReadOnlyDictionary<string, string> Links => EmbeddedLinks ?? new Dictionary<string, string>();

    public override string ToString() =>
        $"{Type} {LinkRel} {Href} from {SenderRel}" + (Status is null ? "" : $" status {Status}") + (ReasonCode is null ? "" : $" reason {ReasonCode}");
}
