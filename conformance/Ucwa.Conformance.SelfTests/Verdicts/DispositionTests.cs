using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Verdicts;

/// <summary>What a case means, from hand-made verdicts: the one decision NUnit, JUnit, exit codes and every report show.</summary>
[TestFixture]
public sealed class DispositionTests
{
    private static CaseResult Result(string caseId, params (string Id, Outcome Outcome)[] verdicts) => MadeResults.Result(caseId, verdicts);

    [Test]
    public void A_case_whose_checks_all_found_nothing_to_judge_is_inconclusive_and_fails_the_gate()
    {
        var result = Result("events-invitation", ("AP-EVENT-STARTED", Outcome.NotApplicable), ("AP-201-LOCATION", Outcome.NotApplicable));

        var d = StubRun.Decide(result);

        d.Outcome.Should().Be(Outcome.Inconclusive);
        d.FailsGate.Should().BeTrue("it names a MUST");
        d.Findings.Should().Contain("nothing to judge").And.Contain("AP-EVENT-STARTED: answered 404 NotFound");
    }

    [Test]
    public void A_case_with_no_verdict_at_all_is_never_passed()
    {
        StubRun.Decide(Result("events-invitation")).Outcome.Should().Be(Outcome.Inconclusive);
    }

    [Test]
    public void A_SHOULD_case_with_nothing_to_judge_is_inconclusive_without_failing_the_gate()
    {
        var d = StubRun.Decide(Result("opid-length-unit", ("AP-OPID-UNIT", Outcome.NotApplicable)));

        d.Outcome.Should().Be(Outcome.Inconclusive);
        d.FailsGate.Should().Be(StubRun.Requirements["AP-OPID-UNIT"].Level == Engine.Requirements.Level.MUST);
    }

    [Test]
    public void One_passed_requirement_and_the_rest_not_applicable_passes()
    {
        var d = StubRun.Decide(Result("events-invitation", ("AP-EVENT-STARTED", Outcome.NotApplicable), ("AP-201-LOCATION", Outcome.Passed)));

        d.Outcome.Should().Be(Outcome.Passed);
        d.FailsGate.Should().BeFalse();
    }

    [Test]
    public void A_warning_and_an_inconclusive_verdict_are_both_shown()
    {
        var d = StubRun.Decide(Result("documented-request", ("AP-NEG-PARITY", Outcome.Warning), ("AP-201-LOCATION", Outcome.Inconclusive)));

        d.Outcome.Should().Be(Outcome.Inconclusive);
        d.Findings.Should().Contain("[Warning] AP-NEG-PARITY").And.Contain("[Inconclusive] AP-201-LOCATION");
    }

    [Test]
    public void With_Strict_a_SHOULD_failure_fails_and_says_Failed()
    {
        var result = Result("documented-request", ("AP-NEG-PARITY", Outcome.Warning), ("AP-201-LOCATION", Outcome.Passed));

        var strict = StubRun.Decide(result, strict: true);
        var lenient = StubRun.Decide(result);

        strict.Outcome.Should().Be(Outcome.Failed);
        strict.FailsGate.Should().BeTrue();
        strict.Findings.Should().Contain("[Failed] AP-NEG-PARITY").And.NotContain("[Warning]");
        lenient.Outcome.Should().Be(Outcome.Warning);
        lenient.FailsGate.Should().BeFalse();
        lenient.Findings.Should().Contain("[Warning] AP-NEG-PARITY");
    }

    [Test]
    public void A_MUST_failure_fails_whatever_else_passed()
    {
        var d = StubRun.Decide(Result("documented-request", ("AP-201-LOCATION", Outcome.Failed), ("AP-NEG-ACCEPT", Outcome.Passed)));

        d.Outcome.Should().Be(Outcome.Failed);
        d.FailsGate.Should().BeTrue();
    }

    [Test]
    public void An_inconclusive_case_left_so_for_want_of_configuration_does_not_fail_the_gate()
    {
        var d = StubRun.Decide(Result("listed-conflict-none", ("AP-ERR-LISTED", Outcome.Inconclusive)));

        d.Outcome.Should().Be(Outcome.Inconclusive);
        d.FailsGate.Should().BeFalse();
    }

    [Test]
    public void A_covered_failure_is_expected_named_once_per_entry_and_listed_first()
    {
        using var folder = new TempFolder();
        var known = MadeResults.Ledger(folder, MadeResults.Entry("\"AP-OPID-51\", \"AP-ERR-BODY\""));
        var result = Result("opid-length-51", ("AP-OPID-51", Outcome.Failed), ("AP-ERR-BODY", Outcome.Failed), ("AP-NEG-ACCEPT", Outcome.Passed));

        var d = Disposition.Of(result, strict: false, known);

        d.Outcome.Should().Be(Outcome.Warning);
        d.FailsGate.Should().BeFalse();
        d.ExpectedBy.Should().Equal(known.Entries);
        d.Findings.Should().StartWith($"expected failure, listed in {known.File}: AP-OPID-51, AP-ERR-BODY (the server counts bytes;")
            .And.Contain("[Failed, expected] AP-OPID-51").And.Contain("[Failed, expected] AP-ERR-BODY");
    }

    [Test]
    public void Two_entries_covering_a_case_are_both_named()
    {
        using var folder = new TempFolder();
        var known = MadeResults.Ledger(folder, """
            {"knownFailures": [
              {"requirements": ["AP-OPID-51"], "reason": "one", "issue": "https://tracker.example/1", "expires": "2027-06-30"},
              {"requirements": ["AP-ERR-BODY"], "reason": "two", "issue": "https://tracker.example/2", "expires": "2027-06-30"}]}
            """);

        var d = Disposition.Of(Result("opid-length-51", ("AP-OPID-51", Outcome.Failed), ("AP-ERR-BODY", Outcome.Failed)), strict: false, known);

        d.ExpectedBy.Should().Equal(known.Entries);
        d.Findings.Should().StartWith($"expected failure, listed in {known.File}: {known.Entries[0]}; {known.Entries[1]}{Environment.NewLine}");
    }

    [Test]
    public void A_ledger_entry_does_not_turn_a_SHOULD_warning_into_an_expected_failure()
    {
        using var folder = new TempFolder();
        var known = MadeResults.Ledger(folder, MadeResults.Entry("\"AP-OPID-51-SUBCODE\""));
        var result = Result("opid-length-51", ("AP-OPID-51", Outcome.Passed), ("AP-OPID-51-SUBCODE", Outcome.Warning));

        var lenient = Disposition.Of(result, strict: false, known);
        var strict = Disposition.Of(result, strict: true, known);

        lenient.Outcome.Should().Be(Outcome.Warning);
        lenient.ExpectedBy.Should().BeEmpty();
        lenient.Findings.Should().StartWith("[Warning] AP-OPID-51-SUBCODE");
        strict.Outcome.Should().Be(Outcome.Failed, "Strict fails a SHOULD whatever the ledger says");
    }

    [Test]
    public void Without_a_covered_failure_the_findings_name_no_ledger()
    {
        var d = StubRun.Decide(Result("opid-length-51", ("AP-OPID-51", Outcome.Failed)));

        d.ExpectedBy.Should().BeEmpty();
        d.Findings.Should().StartWith("[Failed] AP-OPID-51");
    }

    [Test]
    public void A_passed_case_has_no_findings()
    {
        var d = StubRun.Decide(Result("opid-length-51", ("AP-OPID-51", Outcome.Passed), ("AP-ERR-BODY", Outcome.NotApplicable)));

        d.Outcome.Should().Be(Outcome.Passed);
        d.Findings.Should().BeEmpty();
        d.Name.Should().Be("opid-length-51.json");
    }

    [Test]
    public void Describe_says_when_an_inconclusive_case_fails_the_run_and_how_to_rerun_it()
    {
        var gate = StubRun.Decide(Result("events-invitation", ("AP-201-LOCATION", Outcome.NotApplicable))).Describe("rerun-line", "curl-line");
        var noGate = StubRun.Decide(Result("opid-length-unit", ("AP-OPID-UNIT", Outcome.NotApplicable))).Describe("rerun-line", null);
        var failed = StubRun.Decide(Result("opid-length-51", ("AP-OPID-51", Outcome.Failed))).Describe("rerun-line", null);

        gate.Should().StartWith("events-invitation.json: " + StubRun.Cases.Single(c => c.Id == "events-invitation").Summary)
            .And.Contain("This fails the run: a MUST the case names could not be judged.")
            .And.Contain("hand-made").And.Contain("Rerun it: rerun-line").And.EndWith("By hand: curl-line");
        noGate.Should().NotContain("This fails the run").And.EndWith("Rerun it: rerun-line");
        failed.Should().NotContain("This fails the run", "a failure says so itself").And.Contain("[Failed] AP-OPID-51");
    }
}
