using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub.Events;

/// <summary>
/// One event as the stub will write it on its event channel: its type (started, completed, added, updated …),
/// the target link, optionally the target embedded, and for a completed operation its status and reason.
/// </summary>
internal sealed record StubEvent(string Type, string Rel, string Href, StubResource? Embedded, string? Status = null, Reason? Reason = null);
