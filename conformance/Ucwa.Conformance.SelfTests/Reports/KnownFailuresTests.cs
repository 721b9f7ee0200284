using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>
/// The known-failures ledger: a listed failure is expected and passes the gate; it covers only the
/// requirements it lists; a stale or expired entry, a malformed file or the former file name fails the run.
/// </summary>
[TestFixture]
public sealed class KnownFailuresTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Test]
    public async Task A_listed_failure_is_an_expected_failure_that_passes_the_gate()
    {
        using var folder = new TempFolder();
        var ledger = MadeResults.Ledger(folder, MadeResults.Entry("\"AP-OPID-51\""));
        var results = await StubRun.AllCasesAsync(new StubBehaviour { OperationIdLimit = 51 });

        var report = StubRun.Report(results, ledger, Today);

        results.Should().Contain(r => r.Outcome == Outcome.Failed, "the stub breaks AP-OPID-51");
        report.Fails.Should().BeFalse(string.Join("\n", report.Problems));
        report.Cases.Single(c => c.Name == "opid-length-51.json").Outcome.Should().Be(ReportOutcome.Warning);
        report.Cases.Single(c => c.Name == "opid-length-51.json").Message.Should().StartWith("expected failure").And.Contain("UCWA-12");
        report.Requirements.Single(r => r.Requirement.Id == "AP-OPID-51").Outcome.Should().Be(ReportOutcome.Warning);
    }

    [Test]
    public async Task An_entry_covers_only_the_requirements_it_lists_not_every_failure_of_its_case()
    {
        using var folder = new TempFolder();
        var ledger = MadeResults.Ledger(folder, MadeResults.Entry("\"AP-MALFORMED\"", "malformed-body"));
        var results = await StubRun.AllCasesAsync(new StubBehaviour { MalformedStatus = 500, OmitErrorCode = true });

        var malformed = StubRun.Report(results, ledger, Today).Cases.Single(c => c.Name == "malformed-body.json");

        malformed.Outcome.Should().Be(ReportOutcome.Failed, "AP-ERR-BODY fails too, and the entry does not list it");
        malformed.Message.Should().Contain("[Failed, expected] AP-MALFORMED").And.Contain("[Failed] AP-ERR-BODY");
        malformed.Disposition!.FailsGate.Should().BeTrue();
    }

    [Test]
    public async Task An_entry_that_no_longer_fails_fails_the_run()
    {
        using var folder = new TempFolder();
        var ledger = MadeResults.Ledger(folder, MadeResults.Entry("\"AP-OPID-51\"", "opid-length-51"));

        var report = StubRun.Report(await StubRun.AllCasesAsync(new StubBehaviour()), ledger, Today);

        report.Problems.Should().ContainSingle().Which.Should().Contain("AP-OPID-51 in opid-length-51").And.Contain("no longer fails: fixed, remove it");
    }

    [Test]
    public async Task An_expired_entry_fails_the_run_even_while_the_failure_remains()
    {
        using var folder = new TempFolder();
        var ledger = MadeResults.Ledger(folder, MadeResults.Entry("\"AP-OPID-51\"", expires: "2026-11-25"));

        var report = StubRun.Report(await StubRun.AllCasesAsync(new StubBehaviour { OperationIdLimit = 51 }), ledger, Today);

        report.Problems.Should().ContainSingle().Which.Should().Contain("expired");
    }

    [Test]
    public void The_former_file_name_is_refused_not_ignored()
    {
        using var folder = new TempFolder();
        folder.Write(KnownFailures.FormerFileName, "{}");

        var load = () => KnownFailures.Load(folder.Path, StubRun.Requirements, StubRun.Cases);

        load.Should().Throw<FixtureException>().Which.Message.Should().Contain("deviations.json").And.Contain("rename it known-failures.json");
    }

    [TestCase("""{"knownFailures": [{"requirements": ["AP-NOPE"], "reason": "r", "issue": "https://x.example/1", "expires": "2027-01-01"}]}""", "entry 1: \"AP-NOPE\"")]
    [TestCase("""{"knownFailures": [{"reason": "r", "issue": "https://x.example/1", "expires": "2027-01-01"}]}""", "entry 1: \"requirements\" must list")]
    [TestCase("""{"knownFailures": [{"requirements": ["AP-OPID-51"], "case": "auth-missing", "reason": "r", "issue": "https://x.example/1", "expires": "2027-01-01"}]}""", "case auth-missing does not name AP-OPID-51")]
    [TestCase("""{"knownFailures": [{"requirements": ["AP-OPID-51"], "case": "nope.json", "reason": "r", "issue": "https://x.example/1", "expires": "2027-01-01"}]}""", "\"case\" \"nope.json\"")]
    [TestCase("""{"knownFailures": [{"requirements": ["AP-OPID-51"], "reason": "r", "issue": "https://x.example/1", "expires": "soon"}]}""", "entry 1: \"expires\"")]
    [TestCase("""{"knownFailures": [{"requirements": ["AP-OPID-51"], "issue": "https://x.example/1", "expires": "2027-01-01"}]}""", "entry 1: \"reason\"")]
    [TestCase("""{"knownFailures": [{"requirements": ["AP-OPID-51"], "reason": "r", "issue": "not a link", "expires": "2027-01-01"}]}""", "\"issue\"")]
    [TestCase("""{"knownFailures": [{"id": "AP-OPID-51", "requirements": ["AP-OPID-51"], "reason": "r", "issue": "https://x.example/1", "expires": "2027-01-01"}]}""", "unknown member \"id\"")]
    [TestCase("""{"knownFailure": []}""", "\"knownFailures\"")]
    [TestCase("""{"knownFailures": [""", "not valid JSON")]
    public void A_malformed_ledger_names_the_entry_and_the_problem(string json, string named)
    {
        using var folder = new TempFolder();

        var load = () => MadeResults.Ledger(folder, json);

        load.Should().Throw<FixtureException>().Which.Message.Should().Contain(KnownFailures.FileName).And.Contain(named);
    }
}
