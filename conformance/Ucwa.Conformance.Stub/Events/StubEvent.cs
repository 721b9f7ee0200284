using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub.Events;

/// <summary>
/// One event as the stub will write it on an application's event channel: its sender (the resource that
/// generated it: <c>communication</c> for conversations and invitations, <c>me</c> for presence, a conversation
/// for its participants), its type (started, completed, added, updated, deleted …), the target link,
/// optionally an <c>in</c> link and the target embedded, and for a completed operation its status and reason.
/// </summary>
internal sealed record StubEvent(
    EventSender Sender, string Type, string Rel, string Href, StubResource? Embedded, string? Status = null, Reason? Reason = null,
    (string Rel, string Href)? In = null);

/// <summary>The resource that sent an event (EventsInUCWA.md: "the owner or controller of the target resource").</summary>
internal sealed record EventSender(string Rel, string Href);
