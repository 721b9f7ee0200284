using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>
/// What every event check shares: events are judged only for a created invitation with a followed Location,
/// an unknown events link leaves them inconclusive, and a failure caused by a failed channel is the target's fault.
/// </summary>
[TestFixture]
public sealed class InvitationEventsCheckTests
{
    public static IEnumerable<ICheck> EventChecks() =>
    [
        new EventStartedCheck("AP-EVENT-STARTED"),
        new EventOperationIdCheck("AP-EVENT-OPID"),
        new EventCompletedCheck("AP-EVENT-COMPLETED"),
    ];

    private static readonly Dictionary<string, string> Sent = new() { ["operationId"] = "op-1" };

    [TestCaseSource(nameof(EventChecks))]
    public void An_answer_other_than_201_leaves_no_invitation_to_follow(ICheck check)
    {
        var result = check.Judge(Made.Evidence(Made.Submission(Made.JsonError(409, "Conflict", "AlreadyExists"), Made.Created(), Sent, Made.Seen())));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("answered 409 Conflict/AlreadyExists, no invitation to follow");
    }

    [TestCaseSource(nameof(EventChecks))]
    public void A_201_whose_Location_was_not_followed_has_nothing_to_match_events_with(ICheck check)
    {
        var result = check.Judge(Made.Evidence(Made.Submission(Made.Created(), null, Sent, Made.Seen())));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Contain("AP-201-LOCATION");
    }

    [TestCaseSource(nameof(EventChecks))]
    public void Without_the_events_link_the_events_are_inconclusive_and_not_the_target_s_fault(ICheck check)
    {
        var result = check.Judge(Made.Evidence(Made.Submission(Made.Created(), Made.Response(200, "OK"), Sent)));

        result.Kind.Should().Be(CheckResult.Result.Inconclusive);
        result.TargetFault.Should().BeFalse();
        result.Note.Should().Contain("EventsUrl");
    }

    [TestCaseSource(nameof(EventChecks))]
    public void Events_missing_because_the_channel_failed_are_the_target_s_fault_not_a_verdict(ICheck check)
    {
        var failed = new EventsSeen([Made.Event("started", sender: "conversation", embedded: true, operationId: "op-2")], 0, "the event channel stopped: 500", TimeSpan.FromSeconds(1), ChannelFailure.Target);

        var result = check.Judge(Made.Evidence(Made.Submission(Made.Created(), Made.Response(200, "OK"), Sent, failed)));

        result.Kind.Should().Be(CheckResult.Result.Inconclusive);
        result.TargetFault.Should().BeTrue();
        result.Note.Should().Be("the event channel stopped: 500");
    }

    [TestCaseSource(nameof(EventChecks))]
    public void Events_missing_because_the_given_events_link_is_not_one_are_a_configuration_problem(ICheck check)
    {
        var wrongLink = new EventsSeen([], 0, "EventsUrl (UCWA_EVENTS_URL) answered 404 Not Found …", TimeSpan.FromSeconds(1), ChannelFailure.Configuration);

        var result = check.Judge(Made.Evidence(Made.Submission(Made.Created(), Made.Response(200, "OK"), Sent, wrongLink)));

        result.Kind.Should().Be(CheckResult.Result.Inconclusive);
        result.TargetFault.Should().BeFalse();
        result.Note.Should().StartWith("EventsUrl (UCWA_EVENTS_URL)");
    }

    [Test]
    public void What_passed_before_the_channel_failed_still_passes()
    {
        var failed = new EventsSeen([Made.Event("started")], 0, "the event channel stopped: 500", TimeSpan.FromSeconds(1), ChannelFailure.Target);

        new EventStartedCheck("AP-EVENT-STARTED").Judge(Made.Evidence(Made.Submission(Made.Created(), Made.Response(200, "OK"), Sent, failed)))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_failure_on_a_working_channel_stays_a_failure()
    {
        var timedOut = new EventsSeen([], 2, "no event within 3 s", TimeSpan.FromSeconds(3));

        new EventStartedCheck("AP-EVENT-STARTED").Judge(Made.Evidence(Made.Submission(Made.Created(), Made.Response(200, "OK"), Sent, timedOut)))
            .Kind.Should().Be(CheckResult.Result.Fail);
    }
}
