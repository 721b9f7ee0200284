using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-ERR-BODY: an error body is a UCWA reason in the negotiated format, under an allowed Content-Type.</summary>
[TestFixture]
public sealed class ErrorBodyCheckTests
{
    private const string Ucwa = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    private static CheckResult Judge(RecordedResponse answer, WireFormat format = WireFormat.Json, string? accept = null) =>
        new ErrorBodyCheck("AP-ERR-BODY").Judge(new Evidence(Made.Run([Made.Submission(answer)], format, accept: accept), null));

    [Test]
    public void A_JSON_reason_answering_a_JSON_request_passes()
    {
        Judge(Made.JsonError(400, "BadRequest")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void An_XML_reason_answering_an_XML_request_passes()
    {
        Judge(Made.XmlError(409, "Conflict"), WireFormat.Xml).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [TestCase("application/vnd.microsoft.com.ucwa+json; charset=utf-8")]
    [TestCase("Application/JSON")]
    public void The_vnd_form_and_parameters_of_the_Content_Type_are_allowed(string contentType)
    {
        Judge(Made.Response(400, "Bad Request", contentType, "{\"code\":\"BadRequest\"}")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_success_is_not_an_error_to_judge()
    {
        var result = Judge(Made.Created());

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("answered 201 Created, not an error");
    }

    [Test]
    public void A_399_is_not_an_error_and_a_400_is()
    {
        Judge(Made.Response(399, "Odd", "text/plain", "x")).Kind.Should().Be(CheckResult.Result.NotApplicable);
        Judge(Made.Response(400, "Bad Request", "text/plain", "x")).Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void An_XML_reason_answering_a_JSON_request_fails_on_its_Content_Type()
    {
        var result = Judge(Made.XmlError(400, "BadRequest"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("Content-Type application/json or application/vnd.microsoft.com.ucwa+json, an object with a string code");
        result.Seen.Should().Be("Content-Type application/xml");
    }

    [Test]
    public void An_error_without_a_Content_Type_fails_saying_so()
    {
        var result = Judge(Made.Response(400, "Bad Request", body: "{\"code\":\"BadRequest\"}"), WireFormat.Xml);

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be($"Content-Type application/xml or application/vnd.microsoft.com.ucwa+xml, <reason xmlns=\"{Ucwa}\"> with <code>");
        result.Seen.Should().Be("Content-Type (none)");
    }

    [Test]
    public void The_format_negotiated_is_the_one_Accept_asked_for_not_the_request_body_s()
    {
        Judge(Made.XmlError(400, "BadRequest"), WireFormat.Json, accept: "application/vnd.microsoft.com.ucwa+xml").Kind.Should().Be(CheckResult.Result.Pass);
        Judge(Made.JsonError(400, "BadRequest"), WireFormat.Json, accept: "application/vnd.microsoft.com.ucwa+xml").Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void An_Accept_of_no_UCWA_format_falls_back_to_the_case_s_format()
    {
        Judge(Made.XmlError(400, "BadRequest"), WireFormat.Xml, accept: "*/*").Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_body_that_is_no_reason_fails_with_the_reader_s_problem()
    {
        var result = Judge(Made.Response(400, "Bad Request", "application/json", "{\"message\":\"no code\"}"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().StartWith("Content-Type application/json");
        result.Seen.Should().Be("the JSON object has no string \"code\"");
    }

    [Test]
    public void A_reason_in_the_https_namespace_fails()
    {
        var result = Judge(Made.Response(400, "Bad Request", "application/xml",
            "<reason xmlns=\"https://schemas.microsoft.com/rtc/2012/03/ucwa\"><code>BadRequest</code></reason>"), WireFormat.Xml);

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Contain("https://schemas.microsoft.com/rtc/2012/03/ucwa");
    }
}
