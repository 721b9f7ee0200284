using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// AP-ESCALATE: addParticipant on a two-party conversation is answered 201, and that same conversation (same
/// href) is seen Conferenced, in its events or on a GET, within the event wait; the invitation's
/// conversation link names it.
/// </summary>
public sealed class EscalationCheck(string requirementId) : ConversationTimelineCheck(requirementId)
{
    protected override CheckResult NotCreated(Submission s) =>
        CheckResult.Fail("201 Created: addParticipant on a two-party conversation escalates it and invites", Observed.Answer(s.Response!));

    protected override CheckResult JudgeTimeline(Submission s, ConversationTimeline timeline, Uri location)
    {
        var conversation = timeline.Conversation;
        var conferenced = timeline.Entries.FirstOrDefault(x => x.ConversationState(conversation) == "Conferenced");
        if (conferenced is null)
        {
            var elsewhere = timeline.InvitationConversation is { } other && other != conversation
                ? $"; the invitation links another conversation, {other}: a new conversation instead of the escalated one"
                : "";
            return CheckResult.Fail($"the conversation {conversation} reaches Conferenced within {timeline.Waited.TotalSeconds:0.#} s",
                timeline.Sequence(location) + elsewhere);
        }

        if (timeline.InvitationConversation is not { } linked)
            return CheckResult.Fail("the invitation's conversation link names the escalated conversation", "the invitation has no conversation link");
        if (linked != conversation)
            return CheckResult.Fail($"the invitation's conversation link names the escalated conversation {conversation}", $"it names {linked}");
        return CheckResult.Pass($"Conferenced {conferenced}");
    }
}

/// <summary>AP-ESCALATE-ORDER: the invitation does not complete with Success before the conversation is Conferenced.</summary>
public sealed class EscalationOrderCheck(string requirementId) : ConversationTimelineCheck(requirementId)
{
    protected override CheckResult JudgeTimeline(Submission s, ConversationTimeline timeline, Uri location)
    {
        var (success, at) = Success(timeline, location);
        if (success is null)
            return CheckResult.NotApplicable("the invitation did not complete with Success: no order to judge");
        var conferencedFirst = timeline.Entries.Take(at).Any(x => x.ConversationState(timeline.Conversation) == "Conferenced");
        return conferencedFirst
            ? CheckResult.Pass()
            : CheckResult.Fail("the conversation Conferenced before the invitation completes with Success", timeline.Sequence(location));
    }
}
