namespace Ucwa.Conformance.Engine.Events;

/// <summary>
/// The events that arrived for one invitation while the case waited, and why the wait ended without what
/// it waited for (the channel failed, or the time ran out), if it did.
/// </summary>
public sealed record EventsSeen(IReadOnlyList<ObservedEvent> ForInvitation, int OtherEvents, string? Problem, TimeSpan Waited, bool ChannelFailed = false)
{
    public override string ToString() =>
        ForInvitation.Count == 0 ? $"no event for it ({OtherEvents} other events)" : string.Join("; ", ForInvitation);
}
