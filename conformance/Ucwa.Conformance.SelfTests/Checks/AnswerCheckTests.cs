using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>The answer check compares the first answer with the case's expectation, on the aspects its requirement names.</summary>
[TestFixture]
public sealed class AnswerCheckTests
{
    private static readonly Expectation ParameterRejection = new(400, "BadRequest", ["ParameterValidationFailure"], "operationId");
    private static readonly Expectation Malformed = new(400, "BadRequest", ["None", "DeserializationFailure"]);

    private static CheckResult Judge(Aspects aspects, Expectation expect, RecordedResponse answer) =>
        new AnswerCheck("AP-MADE", aspects).Judge(new Evidence(Made.Run([Made.Submission(answer)], expect: expect), null));

    [Test]
    public void Another_status_fails_a_requirement_on_the_status_showing_the_answer_that_came()
    {
        var result = Judge(Aspects.Status | Aspects.Code | Aspects.Subcode, ParameterRejection, Made.JsonError(409, "Conflict", "AlreadyExists"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("400 BadRequest/ParameterValidationFailure");
        result.Seen.Should().Be("409 Conflict/AlreadyExists");
    }

    [TestCase(Aspects.Status, "400")]
    [TestCase(Aspects.Status | Aspects.Code, "400 BadRequest")]
    [TestCase(Aspects.Status | Aspects.Subcode, "400/None or DeserializationFailure")]
    [TestCase(Aspects.Status | Aspects.Code | Aspects.Subcode, "400 BadRequest/None or DeserializationFailure")]
    public void The_expected_answer_shows_only_what_the_requirement_judges(Aspects aspects, string expected)
    {
        Judge(aspects, Malformed, Made.Created()).Expected.Should().Be(expected);
    }

    [Test]
    public void The_expected_answer_leaves_out_a_code_and_subcodes_the_case_does_not_give()
    {
        Judge(Aspects.Status | Aspects.Code | Aspects.Subcode, new Expectation(415), Made.Created()).Expected.Should().Be("415");
    }

    [Test]
    public void Another_status_makes_a_requirement_on_details_not_applicable()
    {
        var result = Judge(Aspects.Subcode | Aspects.Parameter, ParameterRejection, Made.Created());

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("answered 201 Created, not 400");
    }

    [Test]
    public void A_401_without_a_challenge_fails_when_the_challenge_is_judged()
    {
        var result = Judge(Aspects.Status | Aspects.Challenge, new Expectation(401), Made.Response(401, "Unauthorized"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("401 with a WWW-Authenticate header");
        result.Seen.Should().Be("401 Unauthorized without WWW-Authenticate");
    }

    [Test]
    public void A_401_with_a_challenge_passes_whatever_the_header_names_case()
    {
        Judge(Aspects.Status | Aspects.Challenge, new Expectation(401), Made.Response(401, "Unauthorized", headers: ("www-authenticate", "Bearer")))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void The_challenge_is_not_asked_for_when_the_requirement_does_not_judge_it()
    {
        Judge(Aspects.Status, new Expectation(401), Made.Response(401, "Unauthorized")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void The_right_status_passes_a_requirement_on_the_status_alone_whatever_the_body()
    {
        Judge(Aspects.Status, ParameterRejection, Made.Response(400, "Bad Request", "text/plain", "OK")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_body_without_a_readable_code_fails_a_requirement_on_the_code()
    {
        var result = Judge(Aspects.Status | Aspects.Code, ParameterRejection, Made.Response(400, "Bad Request", "text/html", "<html><body>Bad</body></html>"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("400 BadRequest");
        result.Seen.Should().Be("400 Bad Request with no readable error code in its body");
    }

    [Test]
    public void Another_code_fails_a_requirement_on_the_code()
    {
        var result = Judge(Aspects.Status | Aspects.Code, ParameterRejection, Made.JsonError(400, "Conflict", "ParameterValidationFailure"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("code BadRequest");
        result.Seen.Should().Be("code Conflict");
    }

    [Test]
    public void The_code_is_not_judged_when_the_requirement_does_not_name_it()
    {
        Judge(Aspects.Subcode, ParameterRejection, Made.JsonError(400, "Conflict", "ParameterValidationFailure")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Any_code_passes_when_the_case_expects_none()
    {
        Judge(Aspects.Status | Aspects.Code, new Expectation(415), Made.JsonError(415, "Whatever")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [TestCase(null)]
    [TestCase("None")]
    [TestCase("")]
    public void An_absent_empty_or_None_subcode_matches_an_expected_None(string? subcode)
    {
        Judge(Aspects.Status | Aspects.Code | Aspects.Subcode, new Expectation(409, "Conflict", ["None"]), Made.JsonError(409, "Conflict", subcode))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Any_of_the_expected_subcodes_passes()
    {
        Judge(Aspects.Status | Aspects.Subcode, Malformed, Made.XmlError(400, "BadRequest", "DeserializationFailure")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Another_subcode_fails_naming_each_expected_one()
    {
        var result = Judge(Aspects.Status | Aspects.Subcode, Malformed, Made.JsonError(400, "BadRequest", "ParameterValidationFailure"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("subcode None or DeserializationFailure");
        result.Seen.Should().Be("subcode ParameterValidationFailure");
    }

    [Test]
    public void An_absent_subcode_is_shown_as_None_when_another_was_expected()
    {
        var result = Judge(Aspects.Status | Aspects.Subcode, ParameterRejection, Made.JsonError(400, "BadRequest"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be("subcode None");
    }

    [Test]
    public void The_subcode_is_not_judged_when_the_requirement_does_not_name_it()
    {
        Judge(Aspects.Status | Aspects.Code, ParameterRejection, Made.JsonError(400, "BadRequest", "Elsewhere")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Any_subcode_passes_when_the_case_expects_none()
    {
        Judge(Aspects.Status | Aspects.Subcode, new Expectation(400, "BadRequest"), Made.JsonError(400, "BadRequest", "Elsewhere")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void The_parameter_is_found_whatever_its_case()
    {
        Judge(Aspects.Subcode | Aspects.Parameter, ParameterRejection,
                Made.JsonError(400, "BadRequest", "ParameterValidationFailure", parameters: "[{\"name\":\"to\"},{\"name\":\"OperationId\"}]"))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_rejection_naming_no_parameter_fails_a_requirement_on_the_parameter()
    {
        var result = Judge(Aspects.Subcode | Aspects.Parameter, ParameterRejection, Made.JsonError(400, "BadRequest", "ParameterValidationFailure"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("parameters naming \"operationId\"");
        result.Seen.Should().Be("no parameters");
    }

    [Test]
    public void A_rejection_naming_other_parameters_fails_showing_them()
    {
        var result = Judge(Aspects.Parameter, ParameterRejection,
            Made.JsonError(400, "BadRequest", "ParameterValidationFailure", parameters: "[{\"name\":\"to\"},{\"name\":\"importance\"}]"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be("parameters to, importance");
    }

    [Test]
    public void The_parameter_is_not_judged_when_the_requirement_does_not_name_it()
    {
        Judge(Aspects.Status | Aspects.Code | Aspects.Subcode, ParameterRejection, Made.JsonError(400, "BadRequest", "ParameterValidationFailure"))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Any_parameters_pass_when_the_case_expects_none()
    {
        Judge(Aspects.Parameter, new Expectation(400, "BadRequest"), Made.JsonError(400, "BadRequest")).Kind.Should().Be(CheckResult.Result.Pass);
    }
}
