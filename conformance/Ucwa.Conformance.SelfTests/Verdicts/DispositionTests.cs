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
    /// <summary>events-invitation names AP-EVENT-STARTED, AP-EVENT-OPID, AP-EVENT-COMPLETED (MUST) and AP-201-LOCATION (MUST).</summary>
    private static CaseResult Result(string caseId, params (string Id, Outcome Outcome)[] verdicts)
    {
        var c = StubRun.Cases.Single(x => x.Id == caseId);
        return new CaseResult(c, WireFormat.Json,
            [.. verdicts.Select(v => new Verdict(StubRun.Requirements[v.Id], v.Outcome, v.Outcome is Outcome.Failed or Outcome.Warning ? "e" : null,
                v.Outcome is Outcome.Failed or Outcome.Warning ? "s" : null, v.Outcome == Outcome.NotApplicable ? "answered 404 NotFound, no invitation to follow" : null))],
            CaseExchange.NotRun(c, WireFormat.Json, MadeEvidence.Target, "hand-made"));
    }

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
}
