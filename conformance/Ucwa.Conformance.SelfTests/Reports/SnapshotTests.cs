using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Snapshots;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>The snapshot records behaviour, not noise, and catches a change of behaviour that stays within the rules.</summary>
[TestFixture]
public sealed class SnapshotTests
{
    private static async Task<string> SnapshotOf(StubBehaviour behaviour) =>
        SnapshotView.Write(StubRun.Report(await StubRun.AllCasesAsync(behaviour)));

    [Test]
    public async Task A_change_within_the_rules_fails_with_a_diff_naming_the_case_until_accepted()
    {
        using var folder = new TempFolder();
        SnapshotFile.Check(folder.Path, "conformance-report", "md", await SnapshotOf(new StubBehaviour()), "accept").Ok.Should().BeTrue();
        var changed = await SnapshotOf(new StubBehaviour { MalformedSubcode = "None" }); // still AP-MALFORMED: allowed

        var verify = SnapshotFile.Check(folder.Path, "conformance-report", "md", changed, "verify");

        verify.Ok.Should().BeFalse();
        verify.Message.Should().Contain("-| malformed-body.json | error | BadRequest/DeserializationFailure")
            .And.Contain("+| malformed-body.json | error | BadRequest/None");
        File.Exists(System.IO.Path.Combine(folder.Path, "conformance-report.received.md")).Should().BeTrue();

        SnapshotFile.Check(folder.Path, "conformance-report", "md", changed, "accept").Ok.Should().BeTrue();
        var again = SnapshotFile.Check(folder.Path, "conformance-report", "md", changed, "verify");

        again.Ok.Should().BeTrue();
        File.Exists(System.IO.Path.Combine(folder.Path, "conformance-report.received.md")).Should().BeFalse("a matching run deletes the stale received file");
    }

    [Test]
    public async Task How_soon_the_invitee_answers_does_not_change_the_snapshot()
    {
        // The GET of the Location races the invitee's answer on a live server: Connecting or already Connected.
        var late = await SnapshotOf(new StubBehaviour { Invitee = new() { AnswerAfterMs = 1500 } });
        var atOnce = await SnapshotOf(new StubBehaviour { Invitee = new() { AnswerAfterMs = 0 } });

        atOnce.Should().Be(late);
    }

    [Test]
    public void Without_a_verified_file_verify_fails_and_writes_what_would_be_approved()
    {
        using var folder = new TempFolder();

        var verify = SnapshotFile.Check(folder.Path, "r", "md", "behaviour\n", "verify");

        verify.Ok.Should().BeFalse();
        verify.Message.Should().Contain("no verified snapshot yet");
        File.ReadAllText(System.IO.Path.Combine(folder.Path, "r.received.md")).Should().Be("behaviour\n");
    }

    [Test]
    public void Off_checks_nothing()
    {
        using var folder = new TempFolder();

        SnapshotFile.Check(folder.Path, "r", "md", "x", "off").Ok.Should().BeTrue();
        Directory.EnumerateFiles(folder.Path).Should().BeEmpty();
    }

    [Test]
    public void Scrubbing_removes_hosts_ports_guids_dates_and_tokens()
    {
        var text = "http://127.0.0.1:41873/x 74cb7404-e0a2-47d5-a2d4-eb0376a47dbf 2026-11-26T09:40:00Z cwt=AAEB/x+y= 292e0aaef36c426a97757f43dda19d06";

        SnapshotView.Scrub(text).Should().Be("{host-1}/x {guid-1} {date} {token} {hex-1}");
    }
}
