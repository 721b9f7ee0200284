using System.Globalization;
using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.Engine.Exchanges;

/// <summary>
/// One thing the runner learnt about the conversation a case posted on, in the order it learnt it: an event
/// of the first account's channel (the conversation's own, the invitation's, a participant's), or a GET it
/// made where an event carried no state or no participant uri. <see cref="At"/> is relative to the 201;
/// <see cref="BeforeRequest"/> marks what the channel had delivered before the request was sent (the set-up).
/// </summary>
public sealed record TimelineEntry(TimeSpan At, int Answer, ObservedEvent? Event, Uri? Read = null, string? State = null, string? ParticipantUri = null, bool BeforeRequest = false)
{
    /// <summary>The conversation state this entry shows (embedded in the event, or read), or null.</summary>
    public string? ConversationState(Uri conversation) =>
        Event is { LinkRel: "conversation" } e && e.Href == conversation ? State
        : Event is null && Read == conversation ? State
        : null;

    public bool IsParticipantAdded => Event is { Type: "added", LinkRel: "participant" };

    public bool IsInvitation(Uri location, string type) => Event is { LinkRel: "participantInvitation" } e && e.Type == type && e.Href == location;

    /// <summary>What happened, without times or ids: <c>conversation:Conferenced</c>, <c>participant:added</c>, <c>completed:Success</c>, <c>GET:Connected</c>.</summary>
    public string Step => Event switch
    {
        { LinkRel: "conversation" } e => $"conversation:{State ?? e.Type}",
        { LinkRel: "participant" } e => $"participant:{e.Type}",
        { } e => e.Type + (e.Status is null ? "" : ":" + e.Status),
        null => $"GET:{State ?? ParticipantUri ?? "(unreadable)"}",
    };

    public override string ToString()
    {
        var at = (At < TimeSpan.Zero ? "-" : "+") + Math.Abs(At.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture) + " s";
        var what = Event is { } e
            ? $"{e.LinkRel} {e.Type}" + (State is null ? "" : $" {State}") + (e.Status is null ? "" : $" {e.Status}")
              + (ParticipantUri is null ? "" : $" {ParticipantUri}") + (e.SenderRel is null || e.SenderRel == "communication" ? "" : $" (from {e.SenderRel})")
            : $"GET {Read} → " + (State ?? ParticipantUri ?? "(unreadable)");
        return $"{at} {what}";
    }
}

/// <summary>
/// The evidence about the conversation a case posted addParticipant on: its href and state before the
/// request, the invitation's conversation link (from the GET of the Location), and the timeline gathered
/// after the 201 until the invitation completed and, on a two-party conversation, until it was seen
/// Conferenced or the wait ran out.
/// </summary>
public sealed record ConversationTimeline(
    Uri Conversation,
    string? StateBefore,
    Uri? InvitationConversation,
    IReadOnlyList<TimelineEntry> Entries,
    TimeSpan Waited,
    string? ChannelFailure = null)
{
    /// <summary>The sequence of conversation states and invitation events, with times relative to the 201: what failure messages print.</summary>
    public string Sequence(Uri location)
    {
        var shown = Entries.Where(x => x.ConversationState(Conversation) is not null || x.Event?.Href == location || x.IsParticipantAdded
                                       || (x.Event is { LinkRel: "conversation" } c && c.Href == InvitationConversation)).ToList();
        var before = StateBefore is null ? "" : $"{StateBefore} before the request; ";
        return before + (shown.Count == 0 ? "nothing seen" : string.Join("; ", shown)) + (ChannelFailure is null ? "" : $" ({ChannelFailure})");
    }

    /// <summary>What came after the request, as steps without times: the snapshot's record of an escalation.</summary>
    public string Steps => string.Join(" ", Entries.Where(x => !x.BeforeRequest).Select(x => x.Step));
}
