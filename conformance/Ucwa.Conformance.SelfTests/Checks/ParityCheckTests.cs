using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-NEG-PARITY: the case sent as JSON and as XML gets the same status, code and subcode.</summary>
[TestFixture]
public sealed class ParityCheckTests
{
    private static readonly ParityCheck Check = new("AP-NEG-PARITY");

    private static CheckResult Judge(RecordedResponse json, RecordedResponse xml) =>
        Check.Judge(new Evidence(Made.Run([Made.Submission(json)]), Made.Run([Made.Submission(xml)], WireFormat.Xml)));

    [Test]
    public void The_same_error_in_both_formats_passes()
    {
        Judge(Made.JsonError(409, "Conflict", "AlreadyExists"), Made.XmlError(409, "Conflict", "AlreadyExists")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void An_absent_subcode_and_None_are_the_same_answer()
    {
        Judge(Made.JsonError(409, "Conflict"), Made.XmlError(409, "Conflict", "None")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Successes_are_compared_by_status_alone()
    {
        Judge(Made.Created(), Made.Response(201, "Created", "application/xml", "<reason><code>Odd</code></reason>")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Another_status_fails_showing_both_answers()
    {
        var result = Judge(Made.JsonError(409, "Conflict", "AlreadyExists"), Made.Created());

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("the same answer as xml: 201");
        result.Seen.Should().Be("json: 409 Conflict/AlreadyExists");
    }

    [Test]
    public void Another_subcode_fails()
    {
        var result = Judge(Made.JsonError(400, "BadRequest", "ParameterValidationFailure"), Made.XmlError(400, "BadRequest"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("the same answer as xml: 400 BadRequest/None");
    }

    [Test]
    public void Errors_without_a_readable_code_are_compared_by_status()
    {
        Judge(Made.Response(400, "Bad Request", "text/plain", "bad"), Made.Response(400, "Bad", "text/html", "<html/>")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_case_run_in_one_format_has_nothing_to_compare()
    {
        var result = Check.Judge(Made.Evidence(Made.Submission(Made.Created())));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("the case runs in one format only");
    }

    [Test]
    public void When_the_other_format_got_no_answer_the_comparison_is_inconclusive_and_the_target_s_fault()
    {
        var timedOut = new Submission(new Dictionary<string, string>(), Made.Exchange("POST", Made.Target, null, "timed out after 15 s"), null);

        var result = Check.Judge(new Evidence(Made.Run([Made.Submission(Made.Created())]), Made.Run([timedOut], WireFormat.Xml)));

        result.Kind.Should().Be(CheckResult.Result.Inconclusive);
        result.Note.Should().Be("the xml run gave no answer: timed out after 15 s");
        result.TargetFault.Should().BeTrue();
    }

    [Test]
    public void When_the_other_format_was_not_run_the_comparison_is_inconclusive_but_not_the_target_s_fault()
    {
        var notRun = CaseExchange.NotRun(Made.Run([]).Case, WireFormat.Xml, Made.Target, "no trigger configured");

        var result = Check.Judge(new Evidence(Made.Run([Made.Submission(Made.Created())]), notRun));

        result.Kind.Should().Be(CheckResult.Result.Inconclusive);
        result.Note.Should().Be("the xml run gave no answer: no trigger configured");
        result.TargetFault.Should().BeFalse();
    }
}
