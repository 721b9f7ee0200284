using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// AP-PARTICIPANT-ADDED: by the time the invitation's completed Success event is delivered (in the same event
/// answer or an earlier one), a participant added event from sender conversation has been delivered for the
/// invitee: its uri (embedded, or read with a GET by the runner) is the <c>to</c> sent.
/// </summary>
public sealed class ParticipantAddedCheck(string requirementId) : ConversationTimelineCheck(requirementId)
{
    protected override CheckResult JudgeTimeline(Submission s, ConversationTimeline timeline, Uri location)
    {
        var (success, at) = Success(timeline, location);
        if (success is null)
            return CheckResult.NotApplicable("the invitation did not complete with Success: the roster need not show the invitee");
        if (!s.SentFields.TryGetValue("to", out var to))
            return CheckResult.NotApplicable("no to was sent");

        var forInvitee = timeline.Entries.Select((x, i) => (x, i))
            .Where(p => p.x.IsParticipantAdded && SameAddress(p.x.ParticipantUri, to)).ToList();
        var added = forInvitee.Where(p => !p.x.BeforeRequest).ToList();
        var expected = $"a participant added event from sender conversation for {to}, delivered with the completed Success event or earlier";
        if (added.Any(p => p.x.Event!.SenderRel == "conversation" && (p.i < at || (p.x.Answer > 0 && p.x.Answer <= success.Answer))))
            return CheckResult.Pass();
        // On a conversation shared with earlier cases, their invitations may have added the invitee already:
        // such an event says nothing of this invitation, and a server need not add a participant twice.
        if (forInvitee.FirstOrDefault(p => p.x.BeforeRequest).x is { } before)
            return CheckResult.Inconclusive($"the invitee was already in the conversation's roster before this request ({before}): whether this invitation added them cannot be told");
        var late = added.Count == 0 ? "" : "; for the invitee: " + string.Join("; ", added.Select(p => p.x));
        return CheckResult.Fail(expected, timeline.Sequence(location) + late);
    }

    /// <summary>A participant's uri names the address sent, with or without the sip: scheme, in any case.</summary>
    private static bool SameAddress(string? uri, string to) =>
        uri is not null && string.Equals(Bare(uri), Bare(to), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string address) =>
        address.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? address[4..] : address;
}
