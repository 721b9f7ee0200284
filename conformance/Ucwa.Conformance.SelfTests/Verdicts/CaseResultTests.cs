using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Verdicts;
using static Ucwa.Conformance.SelfTests.Support.MadeResults;

namespace Ucwa.Conformance.SelfTests.Verdicts;

/// <summary>A case's own outcome from hand-made verdicts, before the run's rules: a case passes only when something was judged.</summary>
[TestFixture]
public sealed class CaseResultTests
{
    [Test]
    public void The_worst_verdict_is_the_case_outcome()
    {
        Result("documented-request", ("AP-201-LOCATION", Outcome.Passed), ("AP-NEG-PARITY", Outcome.Failed), ("AP-INVITATION-FIELDS", Outcome.Warning))
            .Outcome.Should().Be(Outcome.Failed);
        Result("documented-request", ("AP-201-LOCATION", Outcome.Passed), ("AP-NEG-PARITY", Outcome.NotApplicable))
            .Outcome.Should().Be(Outcome.Passed, "one requirement was judged passed and none worse");
    }

    [Test]
    public void Nothing_judged_is_inconclusive_with_each_checks_reason()
    {
        var result = Result("events-invitation", WireFormat.Json,
            Verdict("AP-EVENT-STARTED", Outcome.NotApplicable), Verdict("AP-201-LOCATION", Outcome.NotApplicable, note: null) with { Note = null });

        result.NothingJudged.Should().BeTrue();
        result.Outcome.Should().Be(Outcome.Inconclusive);
        result.NothingJudgedReason.Should().Be($"nothing to judge: AP-EVENT-STARTED: {NothingToFollow}; AP-201-LOCATION: not applicable");
    }

    [Test]
    public void A_case_with_no_verdict_says_no_requirement_applies()
    {
        var result = Result("events-invitation");

        result.Outcome.Should().Be(Outcome.Inconclusive);
        result.NothingJudgedReason.Should().Be("nothing to judge: no requirement of the case applies in this format");
    }

    [Test]
    public void A_case_where_something_was_judged_has_no_nothing_judged_reason()
    {
        var result = Result("events-invitation", ("AP-EVENT-STARTED", Outcome.NotApplicable), ("AP-201-LOCATION", Outcome.Failed));

        result.NothingJudged.Should().BeFalse();
        result.NothingJudgedReason.Should().BeNull();
    }

    [Test]
    public void One_MUST_the_target_failed_to_answer_leaves_it_unjudged_whatever_else_passed()
    {
        var result = Result("events-invitation", WireFormat.Json,
            Verdict("AP-201-LOCATION", Outcome.Passed), Verdict("AP-EVENT-STARTED", Outcome.Inconclusive, targetFault: true));

        result.LeavesMustUnjudged.Should().BeTrue();
    }

    [Test]
    public void Nothing_judged_leaves_a_MUST_unjudged_when_any_of_its_requirements_is_a_MUST()
    {
        // AP-EVENT-OPID is a SHOULD, AP-201-LOCATION a MUST.
        Result("events-invitation", ("AP-EVENT-OPID", Outcome.NotApplicable), ("AP-201-LOCATION", Outcome.NotApplicable))
            .LeavesMustUnjudged.Should().BeTrue();
        Result("events-invitation", ("AP-EVENT-OPID", Outcome.NotApplicable))
            .LeavesMustUnjudged.Should().BeFalse("only a SHOULD went unjudged");
        Result("events-invitation", ("AP-EVENT-OPID", Outcome.Passed), ("AP-201-LOCATION", Outcome.NotApplicable))
            .LeavesMustUnjudged.Should().BeFalse("something was judged, and no target fault");
    }

    [Test]
    public void Not_passed_lists_the_verdicts_worse_than_passed_only()
    {
        var result = Result("documented-request", ("AP-201-LOCATION", Outcome.Passed), ("AP-NEG-PARITY", Outcome.NotApplicable),
            ("AP-INVITATION-FIELDS", Outcome.Warning), ("AP-NEG-ACCEPT", Outcome.Inconclusive));

        result.NotPassed.Select(v => v.Requirement.Id).Should().Equal("AP-INVITATION-FIELDS", "AP-NEG-ACCEPT");
    }

    [Test]
    public void The_name_is_the_case_in_its_format()
    {
        Result("events-invitation", WireFormat.Xml).Name.Should().Be("events-invitation.xml");
    }
}
