using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Snapshots;
using Ucwa.Conformance.SelfTests.Deviations;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>
/// The snapshot shows every change of behaviour a reviewer must see, and only where it happened: against
/// the stub changed in each conformant way of fixtures/drift, verify fails naming exactly the cases the
/// change touches; an unchanged server gives the same bytes run after run; a fault that adds one accepted
/// request changes only its own case's rows, renumbering nothing elsewhere.
/// </summary>
[TestFixture]
public sealed class SnapshotDriftTests
{
    private static readonly Lazy<Task<string>> Baseline = new(() => SnapshotOf(new StubBehaviour()));

    private static async Task<string> SnapshotOf(StubBehaviour behaviour) =>
        SnapshotView.Write(StubRun.Report(await StubRun.AllCasesAsync(behaviour)));

    public static IEnumerable<TestCaseData> Drifts() =>
        Drift.All().Select(d => new TestCaseData(d).SetName($"drift.{d.Id}").SetDescription(d.Summary));

    private static async Task<SnapshotResult> VerifyAgainstBaseline(TempFolder folder, string changed)
    {
        SnapshotFile.Check(folder.Path, "conformance-report", "md", await Baseline.Value, "accept");
        return SnapshotFile.Check(folder.Path, "conformance-report", "md", changed, "verify");
    }

    private static IEnumerable<string> Rows(SnapshotResult result, string section) =>
        result.ChangedRows.Where(r => r.Section == section).Select(r => r.Key);

    [TestCaseSource(nameof(Drifts))]
    public async Task A_conformant_change_fails_verify_naming_exactly_the_cases_it_touches(Drift drift)
    {
        var results = await StubRun.AllCasesAsync(drift.Behaviour);
        StubRun.NotPassed(results).Should().BeEmpty($"{drift.Id} is a conformant change: the judge must accept it");
        using var folder = new TempFolder();

        var verify = await VerifyAgainstBaseline(folder, SnapshotView.Write(StubRun.Report(results)));
        TestContext.Out.WriteLine(verify.Message);

        verify.Ok.Should().BeFalse($"{drift.Id} ({drift.Summary}) changes behaviour a reviewer must see");
        Rows(verify, "Cases").Should().BeEquivalentTo(drift.ChangedCaseNames, $"{drift.Id} changes those cases' rows and no other");
        Rows(verify, "Requirements").Should().BeEmpty("every requirement still passes");
        verify.Message.Should().Contain("@@ -", "the message carries a unified diff with line numbers");
        foreach (var name in drift.ChangedCaseNames) verify.Message.Should().Contain(name);
    }

    [Test]
    public void Every_drift_fixture_names_cases_that_exist()
    {
        var ids = StubRun.Cases.Select(c => c.Id).ToHashSet();

        Drift.All().SelectMany(d => d.Changes.Where(id => !ids.Contains(id)).Select(id => $"{d.Id}: {id}")).Should().BeEmpty();
    }

    [Test]
    public async Task Three_runs_of_an_unchanged_server_give_byte_identical_snapshots()
    {
        // Each run starts a new stub: new port, new application, conversation and invitation ids, new token.
        var runs = new[] { await SnapshotOf(new StubBehaviour()), await SnapshotOf(new StubBehaviour()), await SnapshotOf(new StubBehaviour()) };

        runs[1].Should().Be(runs[0]);
        runs[2].Should().Be(runs[0]);
        runs[0].Should().Contain("{id-2}").And.NotContain("127.0.0.1").And.NotContain("localhost").And.NotContain("cwt=");
    }

    [Test]
    public async Task A_fault_that_adds_one_accepted_request_changes_only_the_rows_of_its_cases()
    {
        // to-empty-accepted: an empty "to" is answered 201, so two more invitations exist in the run.
        var deviation = Deviation.All().Single(d => d.Id == "to-empty-accepted");
        using var folder = new TempFolder();

        var verify = await VerifyAgainstBaseline(folder, await SnapshotOf(deviation.Behaviour));

        Rows(verify, "Cases").Should().BeEquivalentTo(["to-empty.json", "to-empty.xml"], "no other case may be renumbered");
        Rows(verify, "Requirements").Should().BeEquivalentTo(["AP-TO-EMPTY"]);
    }
}
