using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Snapshots;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using static Ucwa.Conformance.SelfTests.Support.MadeResults;

namespace Ucwa.Conformance.SelfTests.Run;

/// <summary>The run's gate, from a hand-made report and snapshot result: the report's reasons to fail, and a snapshot that differs.</summary>
[TestFixture]
public sealed class RunEndTests
{
    private static readonly Engine.Reporting.RunReport Clean = StubRun.Report(AllPassed());

    [Test]
    public void A_clean_run_with_a_matching_or_unchecked_snapshot_passes()
    {
        Clean.Fails.Should().BeFalse();
        RunEnd.Of(Clean, new SnapshotResult(true, "snapshot matches")).Fails.Should().BeFalse();
        RunEnd.Of(Clean, null).Should().BeEquivalentTo(new { Problems = Array.Empty<string>(), Fails = false });
    }

    [Test]
    public void A_snapshot_that_differs_fails_the_run_with_its_message()
    {
        var end = RunEnd.Of(Clean, new SnapshotResult(false, "the snapshot differs"));

        end.Problems.Should().Equal("the snapshot differs");
        end.Fails.Should().BeTrue();
    }

    [Test]
    public void A_wrong_setting_found_on_the_way_fails_the_run_before_the_snapshot_s_message()
    {
        var end = RunEnd.Of(Clean, new SnapshotResult(false, "the snapshot differs"), "EventsUrl (UCWA_EVENTS_URL) answered 404 Not Found");

        end.Problems.Should().Equal("EventsUrl (UCWA_EVENTS_URL) answered 404 Not Found", "the snapshot differs");
        RunEnd.Of(Clean, null, "EventsUrl (UCWA_EVENTS_URL) answered 404 Not Found").Fails.Should().BeTrue();
    }

    [Test]
    public void The_reports_problems_and_failed_cases_fail_the_run()
    {
        var noCase = RunEnd.Of(StubRun.Report([]), null);
        var failedCase = RunEnd.Of(StubRun.Report(AllPassedBut(Result("auth-missing", ("AP-AUTH-401", Outcome.Failed)))), null);

        noCase.Problems.Should().Equal("no case ran: check the filter");
        noCase.Fails.Should().BeTrue();
        failedCase.Problems.Should().BeEmpty();
        failedCase.Fails.Should().BeTrue("a failed case fails the gate without a run problem");
        new RunEnd(Clean, ["a problem"]).Fails.Should().BeTrue();
    }
}
