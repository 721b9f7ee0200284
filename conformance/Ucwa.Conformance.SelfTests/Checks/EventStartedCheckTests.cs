using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-EVENT-STARTED: a started event, from sender communication, whose link is rel participantInvitation.</summary>
[TestFixture]
public sealed class EventStartedCheckTests
{
    private static CheckResult Judge(EventsSeen seen) =>
        new EventStartedCheck("AP-EVENT-STARTED").Judge(Made.Evidence(Made.Submission(Made.Created(), Made.Response(200, "OK"), events: seen)));

    [Test]
    public void A_started_event_from_communication_about_the_invitation_passes()
    {
        Judge(Made.Seen(Made.Event("updated", sender: "me"), Made.Event("started"))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void One_right_started_event_among_wrong_ones_passes()
    {
        Judge(Made.Seen(Made.Event("started", sender: "conversation"), Made.Event("started"))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void No_started_event_fails_showing_the_Location_what_came_and_why_the_wait_ended()
    {
        var result = Judge(new EventsSeen([Made.Event("completed", status: "Success")], 3, "no event within 3 s", TimeSpan.FromSeconds(3)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("a started event, link rel participantInvitation to the Location, from sender communication");
        result.Seen.Should().Be($"for {Made.Location}: completed participantInvitation {Made.Location} from communication status Success (no event within 3 s)");
    }

    [Test]
    public void No_event_at_all_is_shown_with_the_count_of_other_events()
    {
        Judge(new EventsSeen([], 4, null, TimeSpan.FromSeconds(3))).Seen.Should().Be($"for {Made.Location}: no event for it (4 other events)");
    }

    [Test]
    public void A_started_event_from_another_sender_fails()
    {
        var result = Judge(Made.Seen(Made.Event("started", sender: "conversation")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be($"started participantInvitation {Made.Location} from conversation");
    }

    [Test]
    public void Started_events_linking_another_rel_fail_showing_each_of_them()
    {
        var result = Judge(Made.Seen(Made.Event("started", rel: "invitation"), Made.Event("started", rel: null)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be($"started invitation {Made.Location} from communication; started  {Made.Location} from communication");
    }
}
