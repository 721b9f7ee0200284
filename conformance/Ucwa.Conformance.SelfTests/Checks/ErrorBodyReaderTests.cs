using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>
/// The judge's reader of UCWA reasons: strictly as AP-ERR-BODY requires them, or leniently, so that the checks
/// of status and code find a code in a body that is close enough.
/// </summary>
[TestFixture]
public sealed class ErrorBodyReaderTests
{
    private const string Ucwa = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    [Test]
    public void A_JSON_reason_gives_its_code_subcode_message_and_parameters()
    {
        var (body, problem) = ErrorBody.ReadStrict(
            "{\"code\":\"BadRequest\",\"subcode\":\"ParameterValidationFailure\",\"message\":\"Too long.\",\"parameters\":[{\"name\":\"operationId\",\"reason\":\"x\"}]}",
            WireFormat.Json);

        problem.Should().BeNull();
        body.Should().BeEquivalentTo(new ErrorBody("BadRequest", "ParameterValidationFailure", "Too long.", ["operationId"]));
    }

    [Test]
    public void Parameters_are_named_by_each_item_s_name_whatever_its_case_and_items_without_one_are_skipped()
    {
        ErrorBody.ReadStrict("{\"code\":\"BadRequest\",\"parameters\":[{\"Name\":\"to\"},\"operationId\",{\"reason\":\"x\"},{\"name\":7},{\"NAME\":\"importance\"}]}", WireFormat.Json)
            .Body!.ParameterNames.Should().Equal("to", "importance");
    }

    [Test]
    public void Parameters_given_as_a_map_are_named_by_its_keys()
    {
        ErrorBody.ReadStrict("{\"code\":\"BadRequest\",\"parameters\":{\"operationId\":\"too long\",\"to\":\"missing\"}}", WireFormat.Json)
            .Body!.ParameterNames.Should().Equal("operationId", "to");
    }

    [Test]
    public void Parameters_of_another_shape_name_nothing()
    {
        ErrorBody.ReadStrict("{\"code\":\"BadRequest\",\"parameters\":\"operationId\"}", WireFormat.Json).Body!.ParameterNames.Should().BeEmpty();
    }

    [Test]
    public void Absent_or_non_string_members_are_null()
    {
        var body = ErrorBody.ReadStrict("{\"code\":\"Conflict\",\"subcode\":7,\"message\":null}", WireFormat.Json).Body!;

        body.Subcode.Should().BeNull();
        body.Message.Should().BeNull();
        body.ParameterNames.Should().BeEmpty();
    }

    [TestCase("[{\"code\":\"BadRequest\"}]", "the JSON body is Array, not an object")]
    [TestCase("{}", "the JSON object has no string \"code\"")]
    [TestCase("{\"code\":\"\"}", "the JSON object has no string \"code\"")]
    [TestCase("{\"code\":400}", "the JSON object has no string \"code\"")]
    [TestCase("{\"Code\":\"BadRequest\"}", "the JSON object has no string \"code\"")]
    public void A_JSON_body_that_is_no_reason_is_refused_saying_why(string json, string problem)
    {
        var (body, seen) = ErrorBody.ReadStrict(json, WireFormat.Json);

        body.Should().BeNull();
        seen.Should().Be(problem);
    }

    [Test]
    public void A_body_that_is_not_JSON_is_refused_saying_so()
    {
        ErrorBody.ReadStrict("{\"code\":", WireFormat.Json).Problem.Should().StartWith("the body is not JSON: ");
    }

    [Test]
    public void Strict_JSON_member_names_are_case_sensitive_and_lenient_ones_are_not()
    {
        const string json = "{\"CODE\":\"BadRequest\",\"SubCode\":\"ParameterValidationFailure\",\"Message\":\"m\",\"Parameters\":[{\"name\":\"to\"}]}";

        ErrorBody.ReadStrict(json, WireFormat.Json).Body.Should().BeNull();
        ErrorBody.ReadLenient(json).Should().BeEquivalentTo(new ErrorBody("BadRequest", "ParameterValidationFailure", "m", ["to"]));
    }

    [Test]
    public void An_XML_reason_gives_its_code_subcode_message_and_parameters()
    {
        var (body, problem) = ErrorBody.ReadStrict(
            $"<reason xmlns=\"{Ucwa}\"><code>BadRequest</code><subcode>ParameterValidationFailure</subcode><message>Too long.</message>"
            + "<parameters><property name=\"operationId\">too long</property><to/></parameters></reason>", WireFormat.Xml);

        problem.Should().BeNull();
        body.Should().BeEquivalentTo(new ErrorBody("BadRequest", "ParameterValidationFailure", "Too long.", ["operationId", "to"]));
    }

    [Test]
    public void An_XML_reason_without_subcode_message_or_parameters_has_none()
    {
        ErrorBody.ReadStrict($"<reason xmlns=\"{Ucwa}\"><code>Conflict</code><parameters/></reason>", WireFormat.Xml).Body
            .Should().BeEquivalentTo(new ErrorBody("Conflict", null, null, []));
    }

    [TestCase("<error xmlns=\"" + Ucwa + "\"><code>BadRequest</code></error>", "the XML root is <error>, not <reason>")]
    [TestCase("<reason xmlns=\"" + Ucwa + "\"><subcode>None</subcode></reason>", "<reason> has no <code> child with a value")]
    [TestCase("<reason xmlns=\"" + Ucwa + "\"><code/></reason>", "<reason> has no <code> child with a value")]
    [TestCase("<reason xmlns=\"" + Ucwa + "\"><code xmlns=\"\">BadRequest</code></reason>", "<reason> has no <code> child with a value")]
    [TestCase("<reason><code>BadRequest</code></reason>", "<reason> is in namespace \"\", not \"" + Ucwa + "\"")]
    public void An_XML_body_that_is_no_UCWA_reason_is_refused_saying_why(string xml, string problem)
    {
        var (body, seen) = ErrorBody.ReadStrict(xml, WireFormat.Xml);

        body.Should().BeNull();
        seen.Should().Be(problem);
    }

    [Test]
    public void A_body_that_is_not_XML_is_refused_saying_so()
    {
        ErrorBody.ReadStrict("<reason>", WireFormat.Xml).Problem.Should().StartWith("the body is not XML: ");
    }

    [Test]
    public void The_lenient_reader_takes_a_reason_in_any_namespace()
    {
        ErrorBody.ReadLenient("<reason xmlns=\"https://schemas.microsoft.com/rtc/2012/03/ucwa\"><code>Conflict</code><subcode xmlns=\"\">AlreadyExists</subcode></reason>")
            .Should().BeEquivalentTo(new ErrorBody("Conflict", "AlreadyExists", null, []));
    }

    [Test]
    public void The_lenient_reader_tells_the_format_by_the_body()
    {
        ErrorBody.ReadLenient("  {\"code\":\"Gone\"}")!.Code.Should().Be("Gone");
        ErrorBody.ReadLenient($"\n<reason xmlns=\"{Ucwa}\"><code>Gone</code></reason>")!.Code.Should().Be("Gone");
    }

    [TestCase("Bad request")]
    [TestCase("")]
    [TestCase("[\"BadRequest\"]")]
    [TestCase("{\"code\":")]
    [TestCase("<html><body>Bad request</body></html>")]
    public void The_lenient_reader_finds_nothing_in_a_body_that_is_no_reason(string body)
    {
        ErrorBody.ReadLenient(body).Should().BeNull();
    }
}
