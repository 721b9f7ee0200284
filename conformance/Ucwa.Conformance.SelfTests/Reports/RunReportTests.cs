using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using static Ucwa.Conformance.SelfTests.Support.MadeResults;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>
/// The outcome mapping of the run report, from hand-made results: case rows and the requirement table come
/// from the same rules, the gate fails on a failed case or a run problem, and a stopped run says where.
/// </summary>
[TestFixture]
public sealed class RunReportTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static RequirementReport Requirement(RunReport report, string id) => report.Requirements.Single(r => r.Requirement.Id == id);

    private static CaseReport Row(RunReport report, string name) => report.Cases.Single(c => c.Name == name);

    [TestCase(Outcome.Passed, "passed")]
    [TestCase(Outcome.Failed, "failed")]
    [TestCase(Outcome.Warning, "warning")]
    [TestCase(Outcome.Inconclusive, "inconclusive")]
    public void Each_outcome_has_its_word(Outcome outcome, string word)
    {
        ReportOutcome.Of(outcome).Should().Be(word);
    }

    [Test]
    public void A_clean_complete_run_passes_every_case_and_requirement_in_every_format_it_applies_to()
    {
        var report = StubRun.Report(AllPassed());

        report.IsComplete.Should().BeTrue();
        report.Fails.Should().BeFalse();
        report.Problems.Should().BeEmpty();
        report.Cases.Should().OnlyContain(c => c.Outcome == ReportOutcome.Passed && c.ExpectedBy.Count == 0);
        report.Count(ReportOutcome.Passed).Should().Be(report.Cases.Count);
        report.Count(ReportOutcome.Failed).Should().Be(0);
        Requirement(report, "AP-ACCEPT-JSON").Should().BeEquivalentTo(new { Outcome = "passed", Json = "passed", Xml = (string?)null });
        Requirement(report, "AP-201-LOCATION").Should().BeEquivalentTo(new { Outcome = "passed", Json = "passed", Xml = "passed" });
    }

    [Test]
    public void The_rows_are_every_case_in_every_format_by_case_then_JSON_before_XML()
    {
        var names = StubRun.Report(AllPassed()).Cases.Select(c => c.Name).ToList();

        names.Should().Equal(StubRun.Cases.OrderBy(c => c.Id, StringComparer.Ordinal).SelectMany(c => c.FormatsToRun.Order().Select(c.NameIn)));
        names.Take(2).Should().Equal("auth-invalid.json", "auth-invalid.xml");
    }

    [Test]
    public void A_case_that_did_not_run_is_skipped_and_the_run_is_partial()
    {
        var report = StubRun.Report([.. AllPassed().Where(r => r.Name != "auth-missing.xml")]);

        Row(report, "auth-missing.xml").Should().BeEquivalentTo(new { Outcome = "skipped", Message = "not run (filtered out)", Result = (CaseResult?)null });
        Row(report, "auth-missing.xml").ExpectedBy.Should().BeEmpty();
        report.IsComplete.Should().BeFalse();
        report.Fails.Should().BeFalse("a filter is no failure");
        report.Count(ReportOutcome.Skipped).Should().Be(1);
        Requirement(report, "AP-AUTH-401").Should().BeEquivalentTo(new { Outcome = "passed", Json = "passed", Xml = "not-run" });
    }

    [Test]
    public void No_case_run_is_a_run_problem()
    {
        var report = StubRun.Report([]);

        report.Problems.Should().Equal("no case ran: check the filter");
        report.Fails.Should().BeTrue();
        report.Requirements.Should().OnlyContain(r => r.Outcome == ReportOutcome.NotRun);
    }

    [Test]
    public void One_failed_case_among_passed_ones_fails_the_gate_and_its_requirement_in_its_format()
    {
        var report = StubRun.Report(AllPassedBut(Result("auth-missing", WireFormat.Xml, Verdict("AP-AUTH-401", Outcome.Failed))));

        report.Problems.Should().BeEmpty();
        report.Fails.Should().BeTrue();
        Row(report, "auth-missing.xml").Outcome.Should().Be(ReportOutcome.Failed);
        Row(report, "auth-missing.xml").Message.Should().Contain("[Failed] AP-AUTH-401");
        report.Count(ReportOutcome.Failed).Should().Be(1);
        Requirement(report, "AP-AUTH-401").Should().BeEquivalentTo(new { Outcome = "failed", Json = "passed", Xml = "failed" });
    }

    [Test]
    public void A_case_that_judged_nothing_is_inconclusive_in_its_row_and_its_requirements_and_a_MUST_left_so_is_a_problem()
    {
        var report = StubRun.Report(AllPassedBut(Result("two-invitations", ("AP-201-DISTINCT", Outcome.NotApplicable), ("AP-201-LOCATION", Outcome.NotApplicable))));

        Row(report, "two-invitations.json").Outcome.Should().Be(ReportOutcome.Inconclusive);
        Requirement(report, "AP-201-DISTINCT").Should().BeEquivalentTo(new { Outcome = "passed", Json = "inconclusive", Xml = "passed" });
        report.Problems.Should().Equal("two-invitations.json leaves a MUST unjudged (AP-201-DISTINCT, AP-201-LOCATION): see its message");
        report.Fails.Should().BeTrue();
    }

    [Test]
    public void A_case_left_inconclusive_for_want_of_configuration_is_no_problem()
    {
        var c = StubRun.Cases.Single(x => x.Id == "listed-conflict-none");
        var report = StubRun.Report(AllPassedBut(Result(c.Id, WireFormat.Json, [.. c.Requirements.Select(id => Verdict(id, Outcome.Inconclusive, note: "no trigger"))])));

        Row(report, "listed-conflict-none.json").Outcome.Should().Be(ReportOutcome.Inconclusive);
        report.Problems.Should().BeEmpty();
        report.Fails.Should().BeFalse();
    }

    [Test]
    public void A_requirement_is_warning_for_a_SHOULD_failure_and_failed_with_Strict()
    {
        var results = AllPassedBut(Result("opid-length-51", ("AP-OPID-51", Outcome.Passed), ("AP-OPID-51-SUBCODE", Outcome.Warning)));

        var lenient = StubRun.Report(results);
        var strict = StubRun.Report(results, strict: true);

        Requirement(lenient, "AP-OPID-51-SUBCODE").Should().BeEquivalentTo(new { Outcome = "warning", Json = "warning", Xml = "passed" });
        Row(lenient, "opid-length-51.json").Outcome.Should().Be(ReportOutcome.Warning);
        lenient.Fails.Should().BeFalse();
        Requirement(strict, "AP-OPID-51-SUBCODE").Outcome.Should().Be(ReportOutcome.Failed);
        Row(strict, "opid-length-51.json").Outcome.Should().Be(ReportOutcome.Failed);
        strict.Fails.Should().BeTrue();
        Requirement(strict, "AP-OPID-51").Outcome.Should().Be(ReportOutcome.Passed, "Strict fails only SHOULD failures");
        StubRun.Report(AllPassed(), strict: true).Requirements.Where(r => r.Outcome != ReportOutcome.Passed).Should().BeEmpty();
    }

    [Test]
    public void A_known_failure_is_a_warning_row_and_requirement_naming_its_entry_and_passes_the_gate()
    {
        using var folder = new TempFolder();
        var known = Ledger(folder, Entry("\"AP-OPID-51\""));

        var report = StubRun.Report(AllPassedBut(Result("opid-length-51", ("AP-OPID-51", Outcome.Failed))), known, Today);

        Row(report, "opid-length-51.json").Outcome.Should().Be(ReportOutcome.Warning);
        Row(report, "opid-length-51.json").ExpectedBy.Should().Equal(known.Entries);
        Requirement(report, "AP-OPID-51").Should().BeEquivalentTo(new { Outcome = "warning", Json = "warning", Xml = "passed" });
        report.Fails.Should().BeFalse(string.Join("\n", report.Problems));
    }

    [Test]
    public void A_stale_known_failure_is_a_run_problem()
    {
        using var folder = new TempFolder();
        var known = Ledger(folder, Entry("\"AP-OPID-51\""));

        var report = StubRun.Report(AllPassed(), known, Today);

        report.Problems.Should().ContainSingle().Which.Should().Contain("no longer fails");
        report.Fails.Should().BeTrue();
    }

    [Test]
    public void A_requirement_judged_only_inconclusive_is_inconclusive()
    {
        var results = AllPassed().Select(r => r.Case.Requirements.Contains("AP-ERR-LISTED")
            ? Result(r.Case.Id, r.Format, [.. r.Verdicts.Select(v => v.Requirement.Id == "AP-ERR-LISTED" ? v with { Outcome = Outcome.Inconclusive } : v)])
            : r).ToList();

        var report = StubRun.Report(results);

        Requirement(report, "AP-ERR-LISTED").Should().BeEquivalentTo(new { Outcome = "inconclusive", Json = "inconclusive", Xml = "inconclusive" });
        Requirement(report, "AP-ERR-BODY").Outcome.Should().Be(ReportOutcome.Passed, "the other requirements of those cases passed");
    }

    [Test]
    public void A_stopped_run_skips_every_case_names_where_it_stopped_and_runs_no_requirement()
    {
        var stop = new RunStop(RunStop.Preflight, "connection refused");

        var report = RunReport.StoppedAt("t", "http://127.0.0.1:1/", StubRun.Requirements, StubRun.Cases, stop);

        report.Stopped.Should().Be(stop);
        report.Name.Should().Be("t");
        report.RerunSettings.Should().BeEmpty("a stopped run has no case to rerun");
        report.Problems.Should().Equal("The run stopped at preflight: connection refused");
        report.Fails.Should().BeTrue();
        report.IsComplete.Should().BeFalse();
        report.Cases.Should().HaveCount(AllPassed().Count).And.OnlyContain(c => c.Outcome == "skipped" && c.Message == "not run: the run stopped at preflight");
        Requirement(report, "AP-ACCEPT-JSON").Should().BeEquivalentTo(new { Outcome = "not-run", Json = "not-run", Xml = (string?)null });
        Requirement(report, "AP-ACCEPT-XML").Should().BeEquivalentTo(new { Outcome = "not-run", Json = (string?)null, Xml = "not-run" });
        RunReport.StoppedAt("t", "x", null, [], stop).Requirements.Should().BeEmpty("the catalogue could not be read");
    }
}
