using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>
/// The registry gives each requirement the check that judges what the requirement says: the aspects of the
/// answer it compares, the fields it wants echoed.
/// </summary>
[TestFixture]
public sealed class CheckRegistryTests
{
    // Built on each use, not once per test process: a mutant is active during one test only (mutation/run).
    private static CheckRegistry Registry => new(StubRun.Errors);

    private static readonly Expectation ParameterRejection = new(400, "BadRequest", ["ParameterValidationFailure"], "operationId");

    private static CheckResult.Result Judge(string requirement, RecordedResponse answer, Expectation expect, RecordedResponse? invitation = null, IReadOnlyDictionary<string, string>? sent = null) =>
        Registry.For(requirement)!.Judge(new Evidence(Made.Run([Made.Submission(answer, invitation, sent)], expect: expect), null)).Kind;

    [Test]
    public void Each_check_is_found_by_its_requirement_s_id()
    {
        var registry = Registry;
        registry.RequirementIds.Should().NotBeEmpty();
        registry.RequirementIds.Should().OnlyContain(id => registry.For(id)!.RequirementId == id);
    }

    [Test]
    public void An_unknown_requirement_has_no_check()
    {
        Registry.For("AP-UNKNOWN").Should().BeNull();
        Registry.For("ap-opid-51").Should().BeNull();
    }

    [TestCase("AP-ACCEPT-JSON")]
    [TestCase("AP-ACCEPT-XML")]
    [TestCase("AP-ACCEPT-VND")]
    [TestCase("AP-OPID-OPTIONAL")]
    [TestCase("AP-OPID-50")]
    public void The_acceptance_requirements_fail_on_another_status(string requirement)
    {
        Judge(requirement, Made.JsonError(400, "BadRequest"), new Expectation(201)).Should().Be(CheckResult.Result.Fail);
    }

    [TestCase("AP-OPID-51", CheckResult.Result.Fail)]
    [TestCase("AP-TO-REQUIRED", CheckResult.Result.Fail)]
    [TestCase("AP-TO-EMPTY", CheckResult.Result.Fail)]
    [TestCase("AP-MEDIA-415", CheckResult.Result.Fail)]
    [TestCase("AP-MALFORMED", CheckResult.Result.Fail)]
    [TestCase("AP-METHOD-405", CheckResult.Result.Fail)]
    [TestCase("AP-ERR-LISTED", CheckResult.Result.Fail)]
    [TestCase("AP-OPID-51-SUBCODE", CheckResult.Result.Pass)]
    public void The_requirements_on_the_code_fail_on_another_code_and_the_others_do_not(string requirement, CheckResult.Result kind)
    {
        Judge(requirement, Made.JsonError(400, "Conflict", "ParameterValidationFailure", parameters: "[{\"name\":\"operationId\"}]"), ParameterRejection)
            .Should().Be(kind);
    }

    [TestCase("AP-OPID-51-SUBCODE", CheckResult.Result.Fail)]
    [TestCase("AP-TO-REQUIRED", CheckResult.Result.Fail)]
    [TestCase("AP-MALFORMED", CheckResult.Result.Fail)]
    [TestCase("AP-ERR-LISTED", CheckResult.Result.Fail)]
    [TestCase("AP-OPID-51", CheckResult.Result.Pass)]
    [TestCase("AP-TO-EMPTY", CheckResult.Result.Pass)]
    [TestCase("AP-MEDIA-415", CheckResult.Result.Pass)]
    [TestCase("AP-METHOD-405", CheckResult.Result.Pass)]
    public void The_requirements_on_the_subcode_fail_on_another_subcode_and_the_others_do_not(string requirement, CheckResult.Result kind)
    {
        Judge(requirement, Made.JsonError(400, "BadRequest", "Elsewhere", parameters: "[{\"name\":\"operationId\"}]"), ParameterRejection)
            .Should().Be(kind);
    }

    [TestCase("AP-OPID-51-SUBCODE", CheckResult.Result.Fail)]
    [TestCase("AP-TO-REQUIRED", CheckResult.Result.Pass)]
    [TestCase("AP-OPID-51", CheckResult.Result.Pass)]
    public void Only_the_subcode_requirement_of_the_operationId_asks_for_the_parameter(string requirement, CheckResult.Result kind)
    {
        Judge(requirement, Made.JsonError(400, "BadRequest", "ParameterValidationFailure"), ParameterRejection).Should().Be(kind);
    }

    [TestCase("AP-OPID-51-SUBCODE", CheckResult.Result.NotApplicable)]
    [TestCase("AP-OPID-51", CheckResult.Result.Fail)]
    public void Only_the_details_requirement_is_not_applicable_to_another_status(string requirement, CheckResult.Result kind)
    {
        Judge(requirement, Made.Created(), ParameterRejection).Should().Be(kind);
    }

    [Test]
    public void AP_AUTH_401_asks_for_the_challenge()
    {
        Judge("AP-AUTH-401", Made.Response(401, "Unauthorized"), new Expectation(401)).Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void AP_OPID_50_also_asks_for_the_operationId_echoed_but_not_the_to()
    {
        var sent = new Dictionary<string, string> { ["operationId"] = "op-1", ["to"] = "sip:john@contoso.com" };
        RecordedResponse Invitation(params (string, string?)[] changes) => Made.Response(200, "OK", "application/json", Made.InvitationJson(changes));

        Judge("AP-OPID-50", Made.Created(), new Expectation(201), Invitation(("operationId", "op-")), sent).Should().Be(CheckResult.Result.Fail);
        Judge("AP-OPID-50", Made.Created(), new Expectation(201), Invitation(("to", "sip:jane@contoso.com")), sent).Should().Be(CheckResult.Result.Pass);
        Judge("AP-INVITATION-ECHO", Made.Created(), new Expectation(201), Invitation(("to", "sip:jane@contoso.com")), sent).Should().Be(CheckResult.Result.Fail);
    }
}
