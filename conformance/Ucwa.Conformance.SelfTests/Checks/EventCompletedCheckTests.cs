using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-EVENT-COMPLETED: a completed event follows, with status Success or Failure, and a reason code on Failure.</summary>
[TestFixture]
public sealed class EventCompletedCheckTests
{
    private static CheckResult Judge(EventsSeen seen) =>
        new EventCompletedCheck("AP-EVENT-COMPLETED").Judge(Made.Evidence(Made.Submission(Made.Created(), Made.Response(200, "OK"), events: seen)));

    [Test]
    [SetCulture("en-US")]
    public void A_successful_completion_passes_saying_how_long_the_wait_was_at_most()
    {
        var result = Judge(new EventsSeen([Made.Event("started"), Made.Event("completed", status: "Success")], 0, null, TimeSpan.FromSeconds(2.24)));

        result.Kind.Should().Be(CheckResult.Result.Pass);
        result.Note.Should().Be("completed with Success after at most 2.2 s");
    }

    [Test]
    public void A_failed_completion_with_a_reason_code_passes()
    {
        Judge(Made.Seen(Made.Event("completed", status: "Failure", reason: "RemoteFailure"))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [TestCase(null)]
    [TestCase("")]
    public void A_failed_completion_without_a_reason_code_fails(string? reason)
    {
        var result = Judge(Made.Seen(Made.Event("completed", status: "Failure", reason: reason)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("a reason with a code on Failure");
        result.Seen.Should().Be("Failure without a reason code");
    }

    [Test]
    public void A_successful_completion_needs_no_reason()
    {
        Judge(Made.Seen(Made.Event("completed", status: "Success"))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [TestCase(null, "status (absent)")]
    [TestCase("Cancelled", "status Cancelled")]
    [TestCase("success", "status success")]
    public void Another_status_or_none_fails(string? status, string seen)
    {
        var result = Judge(Made.Seen(Made.Event("completed", status: status, reason: "Whatever")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("status Success or Failure");
        result.Seen.Should().Be(seen);
    }

    [Test]
    public void The_first_completed_event_decides()
    {
        Judge(Made.Seen(Made.Event("completed", status: "Cancelled"), Made.Event("completed", status: "Success"))).Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void No_completed_event_fails_showing_what_came()
    {
        var result = Judge(new EventsSeen([Made.Event("started")], 1, "no completed event within 40 s", TimeSpan.FromSeconds(40)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("a completed event for the invitation");
        result.Seen.Should().Be($"for {Made.Location}: started participantInvitation {Made.Location} from communication (no completed event within 40 s)");
    }
}
