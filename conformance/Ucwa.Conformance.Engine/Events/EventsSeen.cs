namespace Ucwa.Conformance.Engine.Events;

/// <summary>
/// The events that arrived for one invitation while the case waited, and why the wait ended without what
/// it waited for (the channel failed, or the time ran out), if it did.
/// </summary>
public sealed record EventsSeen(IReadOnlyList<ObservedEvent> ForInvitation, int OtherEvents, string? Problem, TimeSpan Waited,
    ChannelFailure Channel = ChannelFailure.None)
{
    public bool ChannelFailed => Channel != ChannelFailure.None;

    public override string ToString() =>
        ForInvitation.Count == 0 ? $"no event for it ({OtherEvents} other events)" : string.Join("; ", ForInvitation);
}

/// <summary>Why the event channel stopped, which decides whose fault the missing events are.</summary>
public enum ChannelFailure
{
    None,

    /// <summary>The target failed the channel (an error answer, an unreadable page, no link to continue with, no answer).</summary>
    Target,

    /// <summary>The events link the user gave is not one: its first GET answered 404 (the setting is wrong, not the server).</summary>
    Configuration,
}
