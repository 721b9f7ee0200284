using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Run;

/// <summary>The judge, on hand-made evidence: one verdict per requirement of the case that applies in its format, and never a guess.</summary>
[TestFixture]
public sealed class JudgeTests
{
    private static readonly Engine.Running.Judge Judge = new(StubRun.Requirements, new CheckRegistry(StubRun.Errors));

    private static CaseDefinition Case(string id) => StubRun.Cases.Single(c => c.Id == id);

    [Test]
    public void A_case_judges_only_the_requirements_that_apply_in_its_format()
    {
        var evidence = MadeEvidence.Of("documented-request", WireFormat.Xml, MadeEvidence.Response(404));

        Judge.Evaluate(evidence).Select(v => v.Requirement.Id).Should().Equal(
            Case("documented-request").Requirements.Where(id => id != "AP-ACCEPT-JSON"), "AP-ACCEPT-JSON is judged in JSON only");
    }

    [Test]
    public void Each_requirement_is_judged_by_its_own_check()
    {
        var verdicts = Judge.Evaluate(MadeEvidence.Of("auth-missing", WireFormat.Json, MadeEvidence.Response(201)));

        verdicts.Should().ContainSingle().Which.Outcome.Should().Be(Outcome.Failed, "a 201 to a request without a token breaks AP-AUTH-401");
    }

    [Test]
    public void A_target_that_failed_the_set_up_leaves_every_requirement_inconclusive_as_its_fault()
    {
        var c = Case("events-invitation");
        var exchange = CaseExchange.SetupFailed(c, WireFormat.Json, MadeEvidence.Target, "startMessaging answered 500");

        var verdicts = Judge.Evaluate(new Evidence(exchange, null));

        verdicts.Should().HaveCount(c.Requirements.Count).And.OnlyContain(v =>
            v.Outcome == Outcome.Inconclusive && v.TargetFault && v.Note == "startMessaging answered 500");
    }

    [Test]
    public void A_case_not_sent_for_want_of_configuration_is_inconclusive_and_not_the_targets_fault()
    {
        var c = Case("listed-conflict-none");
        var exchange = CaseExchange.NotRun(c, WireFormat.Json, MadeEvidence.Target, "no trigger for ConflictNone");

        var verdicts = Judge.Evaluate(new Evidence(exchange, null));

        verdicts.Should().HaveCount(c.Requirements.Count).And.OnlyContain(v =>
            v.Outcome == Outcome.Inconclusive && !v.TargetFault && v.Note == "no trigger for ConflictNone");
    }
}
