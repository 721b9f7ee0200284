namespace Ucwa.Conformance.Stub.Events;

/// <summary>One operation event about an invitation, as the stub will write it on its event channel.</summary>
internal sealed record StubEvent(string Type, Wire.Invitation Invitation, string? Status = null, Wire.Reason? Reason = null);
