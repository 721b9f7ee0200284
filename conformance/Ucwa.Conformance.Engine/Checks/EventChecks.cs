using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>Shared shape of the event checks: they judge the events seen for the invitation the case created.</summary>
public abstract class InvitationEventsCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var s = evidence.Own.Primary;
        if (s.Response!.Status != Observed.Created)
            return CheckResult.NotApplicable($"answered {Observed.Answer(s.Response)}, no invitation to follow");
        if (s.InvitationGet is null)
            return CheckResult.NotApplicable("no usable Location to match events with (AP-201-LOCATION)");
        if (s.Events is null)
            return CheckResult.Inconclusive("the target's events link is not known: set EventsUrl (UCWA_EVENTS_URL)");
        var verdict = JudgeEvents(s, s.Events, s.InvitationGet.Request.Url);
        // Events missing (or none to judge) because the channel itself failed are not the server's answer;
        // the target's fault, unless the events link was the user's and not one.
        return verdict.Kind != CheckResult.Result.Pass && s.Events.ChannelFailed
            ? CheckResult.Inconclusive(s.Events.Problem!, targetFault: s.Events.Channel == ChannelFailure.Target)
            : verdict;
    }

    protected abstract CheckResult JudgeEvents(Submission s, EventsSeen seen, Uri location);

    protected static string Seen(EventsSeen seen) => seen + (seen.Problem is null ? "" : $" ({seen.Problem})");
}

/// <summary>AP-EVENT-STARTED: a started event from sender communication, linking rel participantInvitation to the Location.</summary>
public sealed class EventStartedCheck(string requirementId) : InvitationEventsCheck(requirementId)
{
    protected override CheckResult JudgeEvents(Submission s, EventsSeen seen, Uri location)
    {
        var started = seen.ForInvitation.Where(e => e.Type == "started").ToList();
        const string expected = "a started event, link rel participantInvitation to the Location, from sender communication";
        if (started.Count == 0)
            return CheckResult.Fail(expected, $"for {location}: {Seen(seen)}");
        return started.Any(e => e.LinkRel == "participantInvitation" && e.SenderRel == "communication")
            ? CheckResult.Pass()
            : CheckResult.Fail(expected, string.Join("; ", started));
    }
}

/// <summary>AP-EVENT-OPID: an event that embeds the invitation carries the operationId sent.</summary>
public sealed class EventOperationIdCheck(string requirementId) : InvitationEventsCheck(requirementId)
{
    protected override CheckResult JudgeEvents(Submission s, EventsSeen seen, Uri location)
    {
        if (!s.SentFields.TryGetValue("operationId", out var sent))
            return CheckResult.NotApplicable("no operationId was sent");
        var embedding = seen.ForInvitation.Where(e => e.HasEmbedded).ToList();
        if (embedding.Count == 0)
            return CheckResult.NotApplicable("no event embedded the invitation");
        var wrong = embedding.FirstOrDefault(e => e.EmbeddedOperationId != sent);
        return wrong is null
            ? CheckResult.Pass()
            : CheckResult.Fail($"operationId \"{sent}\" in every embedded invitation", $"{wrong.Type} event with operationId {(wrong.EmbeddedOperationId is null ? "(absent)" : $"\"{wrong.EmbeddedOperationId}\"")}");
    }
}

/// <summary>AP-EVENT-COMPLETED: a completed event within the wait, status Success or Failure, a reason code on Failure.</summary>
public sealed class EventCompletedCheck(string requirementId) : InvitationEventsCheck(requirementId)
{
    protected override CheckResult JudgeEvents(Submission s, EventsSeen seen, Uri location)
    {
        var completed = seen.ForInvitation.FirstOrDefault(e => e.Type == "completed");
        if (completed is null)
            return CheckResult.Fail("a completed event for the invitation", $"for {location}: {Seen(seen)}");
        if (completed.Status is not ("Success" or "Failure"))
            return CheckResult.Fail("status Success or Failure", $"status {completed.Status ?? "(absent)"}");
        if (completed.Status == "Failure" && string.IsNullOrEmpty(completed.ReasonCode))
            return CheckResult.Fail("a reason with a code on Failure", "Failure without a reason code");
        return CheckResult.Pass($"completed with {completed.Status} after at most {seen.Waited.TotalSeconds:0.#} s");
    }
}
