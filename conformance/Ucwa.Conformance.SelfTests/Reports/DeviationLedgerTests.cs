using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>The ledger of known deviations: a listed failure passes the gate; a stale or expired entry, or a malformed file, fails it.</summary>
[TestFixture]
public sealed class DeviationLedgerTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static DeviationLedger Ledger(TempFolder folder, string json) =>
        DeviationLedger.Load(folder.Write("deviations.json", json), StubRun.Requirements, StubRun.Cases);

    private static string Entry(string id, string expires = "2027-06-30") =>
        $$"""{"deviations": [{"id": "{{id}}", "reason": "the server counts bytes", "issue": "https://tracker.example/UCWA-12", "expires": "{{expires}}"}]}""";

    [Test]
    public async Task A_listed_failure_is_an_expected_failure_that_passes_the_gate()
    {
        using var folder = new TempFolder();
        var ledger = Ledger(folder, Entry("AP-OPID-51"));
        var results = await StubRun.AllCasesAsync(new StubBehaviour { OperationIdLimit = 51 });

        var failing = results.Where(r => r.Gate(false) == Outcome.Failed).ToList();
        var report = StubRun.Report(results, ledger, Today);

        failing.Should().NotBeEmpty().And.OnlyContain(r => ledger.CoveringAllFailures(r) != null);
        report.Problems.Should().BeEmpty();
        report.Cases.Single(c => c.Name == "opid-length-51.json").Outcome.Should().Be(ReportOutcome.Warning);
        report.Cases.Single(c => c.Name == "opid-length-51.json").Message.Should().StartWith("expected failure").And.Contain("UCWA-12");
        report.Requirements.Single(r => r.Requirement.Id == "AP-OPID-51").Outcome.Should().Be(ReportOutcome.Warning);
    }

    [Test]
    public async Task An_entry_that_no_longer_fails_fails_the_run()
    {
        using var folder = new TempFolder();
        var ledger = Ledger(folder, Entry("opid-length-51"));

        var report = StubRun.Report(await StubRun.AllCasesAsync(new StubBehaviour()), ledger, Today);

        report.Problems.Should().ContainSingle().Which.Should().Contain("\"opid-length-51\"").And.Contain("no longer fails: fixed, remove it");
    }

    [Test]
    public async Task An_expired_entry_fails_the_run_even_while_the_failure_remains()
    {
        using var folder = new TempFolder();
        var ledger = Ledger(folder, Entry("AP-OPID-51", expires: "2026-11-25"));

        var report = StubRun.Report(await StubRun.AllCasesAsync(new StubBehaviour { OperationIdLimit = 51 }), ledger, Today);

        report.Problems.Should().ContainSingle().Which.Should().Contain("expired");
    }

    [TestCase("""{"deviations": [{"id": "AP-NOPE", "reason": "r", "issue": "https://x.example/1", "expires": "2027-01-01"}]}""", "entry 1 (\"AP-NOPE\")")]
    [TestCase("""{"deviations": [{"id": "AP-OPID-51", "reason": "r", "issue": "https://x.example/1", "expires": "soon"}]}""", "entry 1 (\"AP-OPID-51\"): \"expires\"")]
    [TestCase("""{"deviations": [{"id": "AP-OPID-51", "issue": "https://x.example/1", "expires": "2027-01-01"}]}""", "entry 1 (\"AP-OPID-51\"): \"reason\"")]
    [TestCase("""{"deviations": [{"id": "AP-OPID-51", "reason": "r", "issue": "not a link", "expires": "2027-01-01"}]}""", "\"issue\"")]
    [TestCase("""{"deviation": []}""", "\"deviations\"")]
    [TestCase("""{"deviations": [""", "not valid JSON")]
    public void A_malformed_ledger_names_the_entry_and_the_problem(string json, string named)
    {
        using var folder = new TempFolder();

        var load = () => Ledger(folder, json);

        load.Should().Throw<FixtureException>().Which.Message.Should().Contain("deviations.json").And.Contain(named);
    }
}
