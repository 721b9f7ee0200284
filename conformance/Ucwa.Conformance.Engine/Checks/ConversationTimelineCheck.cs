using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// Shared shape of the checks that judge the conversation's timeline (escalation, roster): they need a 201
/// with a usable Location and the timeline the runner gathered from the first account's channel. Events
/// missing because the channel itself failed are not the server's answer: nothing to judge.
/// </summary>
public abstract class ConversationTimelineCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var s = evidence.Own.Primary;
        if (s.Response!.Status != Observed.Created)
            return NotCreated(s);
        if (s.InvitationGet is null)
            return CheckResult.NotApplicable("no usable Location to match events with (AP-201-LOCATION)");
        if (s.Events is null)
            return CheckResult.Inconclusive("the target's events link is not known: set EventsUrl (UCWA_EVENTS_URL)");
        if (s.Conversation is null)
            return CheckResult.Inconclusive("no conversation to follow: the invitation links none (AP-INVITATION-FIELDS)");
        var location = s.InvitationGet.Request.Url;
        var verdict = JudgeTimeline(s, s.Conversation, location);
        return verdict.Kind == CheckResult.Result.Fail && s.Conversation.ChannelFailure is { } failed
            ? CheckResult.Inconclusive(failed, targetFault: true)
            : verdict;
    }

    /// <summary>What the check says when addParticipant created nothing (not applicable, unless creating is what it judges).</summary>
    protected virtual CheckResult NotCreated(Submission s) =>
        CheckResult.NotApplicable($"answered {Observed.Answer(s.Response!)}, no invitation to follow");

    protected abstract CheckResult JudgeTimeline(Submission s, ConversationTimeline timeline, Uri location);

    /// <summary>The first completed event for the invitation with status Success, and its place in the timeline.</summary>
    protected static (TimelineEntry? Entry, int Index) Success(ConversationTimeline timeline, Uri location)
    {
        for (var i = 0; i < timeline.Entries.Count; i++)
        {
            if (timeline.Entries[i].IsInvitation(location, "completed") && timeline.Entries[i].Event!.Status == "Success")
                return (timeline.Entries[i], i);
        }

        return (null, -1);
    }
}
