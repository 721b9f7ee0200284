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
    // Built on each use, not once per test process: a mutant is active during one test only (mutation/run).
    private static Engine.Running.Judge Judge => new(StubRun.Requirements, new CheckRegistry(StubRun.Errors));

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

    private static CaseResult Judged(string caseId, WireFormat format, RecordedResponse answer)
    {
        var evidence = MadeEvidence.Of(caseId, format, answer);
        return new CaseResult(evidence.Own.Case, format, Judge.Evaluate(evidence), evidence.Own);
    }

    private static readonly RecordedResponse NotFoundInJson = MadeEvidence.Response(404, "application/vnd.microsoft.com.ucwa+json",
        """{"code":"NotFound","message":"The requested resource was not found."}""");

    [Test]
    public void A_requirement_that_passes_on_an_answer_the_case_is_not_for_does_not_make_it_pass()
    {
        var result = Judged("events-invitation", WireFormat.Json, NotFoundInJson);

        result.Verdicts.Single(v => v.Requirement.Id == "AP-NEG-ACCEPT").Outcome.Should().Be(Outcome.Passed, "the 404's body is in the format asked for");
        result.Outcome.Should().Be(Outcome.Inconclusive);
        result.LeavesMustUnjudged.Should().BeTrue();
        result.NothingJudgedReason.Should().StartWith(
            "nothing to judge: answered 404 NotFound/None, not 201, the answer this case is for (AP-NEG-ACCEPT passed on that answer, which says nothing of the rest); AP-EVENT-STARTED: ");
    }

    [Test]
    public void An_answer_the_case_is_for_counts_what_passed_on_it()
    {
        var result = Judged("events-invitation", WireFormat.Json, MadeEvidence.Response(201, "application/vnd.microsoft.com.ucwa+json", "",
            ("Location", "/ucwa/oauth/v1/applications/192/communication/participantInvitations/1")));

        result.OtherAnswer.Should().BeNull();
        result.NothingJudged.Should().BeFalse("AP-201-LOCATION was judged on the 201 the case is for");
    }

    [Test]
    public void Another_status_is_judged_when_a_requirement_of_the_case_judges_the_status()
    {
        Judged("auth-invalid", WireFormat.Json, MadeEvidence.Response(403)).Outcome.Should().Be(Outcome.Passed, "AP-AUTH-INVALID allows 403");
        Judged("documented-request", WireFormat.Json, NotFoundInJson).Outcome.Should().Be(Outcome.Failed, "AP-ACCEPT-JSON fails a 404");
        Judged("opid-length-unit", WireFormat.Json, NotFoundInJson).Outcome.Should().Be(Outcome.Warning, "AP-OPID-UNIT, a SHOULD, fails a refused probe");
    }

    [Test]
    public void One_requirement_judging_the_status_is_enough_for_the_others_to_count()
    {
        // auth-invalid expects 401; a 403 is allowed by AP-AUTH-INVALID, which judges the status.
        var evidence = MadeEvidence.Of("auth-invalid", WireFormat.Json, MadeEvidence.Response(403));
        var result = new CaseResult(evidence.Own.Case, WireFormat.Json,
            [MadeResults.Verdict("AP-AUTH-INVALID", Outcome.Passed) with { JudgesStatus = true }, MadeResults.Verdict("AP-NEG-ACCEPT", Outcome.Passed)], evidence.Own);

        result.OtherAnswer.Should().BeNull();
        result.Outcome.Should().Be(Outcome.Passed);
    }

    [Test]
    public void Nothing_passed_on_the_other_answer_then_the_reason_names_only_what_was_not_applicable()
    {
        var result = Judged("events-invitation", WireFormat.Json, MadeEvidence.Response(404));

        result.Verdicts.Should().NotContain(v => v.Outcome == Outcome.Passed);
        result.NothingJudgedReason.Should().StartWith("nothing to judge: AP-EVENT-STARTED: ");
    }

    [Test]
    public void The_reason_lists_every_requirement_that_passed_on_the_other_answer()
    {
        var evidence = MadeEvidence.Of("events-invitation", WireFormat.Json, NotFoundInJson);
        var result = new CaseResult(evidence.Own.Case, WireFormat.Json,
            [MadeResults.Verdict("AP-NEG-ACCEPT", Outcome.Passed), MadeResults.Verdict("AP-201-LOCATION", Outcome.Passed)], evidence.Own);

        result.NothingJudgedReason.Should().Contain("(AP-NEG-ACCEPT, AP-201-LOCATION passed on that answer");
    }

    [Test]
    public void Only_checks_of_the_answers_status_say_they_judge_it()
    {
        var checks = new CheckRegistry(StubRun.Errors);
        checks.RequirementIds.Where(id => checks.For(id)!.JudgesStatus).Order(StringComparer.Ordinal).Should().Equal(
            "AP-ACCEPT-CHARSET", "AP-ACCEPT-JSON", "AP-ACCEPT-VND", "AP-ACCEPT-XML", "AP-AUTH-401", "AP-AUTH-INVALID", "AP-ERR-LISTED",
            "AP-MALFORMED", "AP-MEDIA-415", "AP-METHOD-405", "AP-OPID-50", "AP-OPID-51", "AP-OPID-EMPTY", "AP-OPID-OPTIONAL",
            "AP-OPID-UNIT", "AP-TO-EMPTY", "AP-TO-REQUIRED");
    }
}
