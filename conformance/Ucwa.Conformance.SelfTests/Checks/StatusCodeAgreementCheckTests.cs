using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-ERR-STATUS-CODE: an error body's code names the HTTP status, as the profile's table maps them.</summary>
[TestFixture]
public sealed class StatusCodeAgreementCheckTests
{
    private static CheckResult Judge(RecordedResponse answer) =>
        new StatusCodeAgreementCheck("AP-ERR-STATUS-CODE", StubRun.Errors).Judge(Made.Evidence(Made.Submission(answer)));

    [TestCase(400, "BadRequest")]
    [TestCase(409, "Conflict")]
    [TestCase(504, "Timeout")]
    [TestCase(504, "GatewayTimeout")]
    public void A_code_the_table_maps_to_the_status_passes(int status, string code)
    {
        Judge(Made.JsonError(status, code)).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_code_of_another_status_fails_naming_both()
    {
        var result = Judge(Made.XmlError(409, "BadRequest"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("status 409 with code Conflict");
        result.Seen.Should().Be("status 409 with code BadRequest");
    }

    [Test]
    public void A_status_with_two_allowed_codes_names_both()
    {
        Judge(Made.JsonError(504, "ServiceFailure")).Expected.Should().Be("status 504 with code Timeout or GatewayTimeout");
    }

    [Test]
    public void A_status_the_table_does_not_map_is_not_judged()
    {
        var result = Judge(Made.JsonError(418, "Teapot"));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("the profile maps no code to status 418");
    }

    [Test]
    public void A_body_without_a_readable_code_is_left_to_AP_ERR_BODY()
    {
        var result = Judge(Made.Response(409, "Conflict", "text/html", "<html/>"));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Contain("AP-ERR-BODY");
    }

    [Test]
    public void A_success_is_not_judged()
    {
        Judge(Made.Created()).Kind.Should().Be(CheckResult.Result.NotApplicable);
    }
}
