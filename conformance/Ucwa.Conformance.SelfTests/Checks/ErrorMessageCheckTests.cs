using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-ERR-MESSAGE: an error body carries a message that says something.</summary>
[TestFixture]
public sealed class ErrorMessageCheckTests
{
    private static CheckResult Judge(RecordedResponse answer) =>
        new ErrorMessageCheck("AP-ERR-MESSAGE").Judge(Made.Evidence(Made.Submission(answer)));

    [Test]
    public void A_message_passes_in_JSON_and_in_XML()
    {
        Judge(Made.JsonError(400, "BadRequest", message: "Bad.")).Kind.Should().Be(CheckResult.Result.Pass);
        Judge(Made.XmlError(400, "BadRequest", message: "Bad.")).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void No_message_or_a_blank_one_fails(string? message)
    {
        var result = Judge(Made.JsonError(400, "BadRequest", message: message));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("a non-empty message");
        result.Seen.Should().Be("no message");
    }

    [Test]
    public void A_body_without_a_readable_code_is_left_to_AP_ERR_BODY()
    {
        var result = Judge(Made.Response(400, "Bad Request", "text/plain", "Bad request"));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Contain("AP-ERR-BODY");
    }

    [Test]
    public void A_success_is_not_judged()
    {
        Judge(Made.Created()).Kind.Should().Be(CheckResult.Result.NotApplicable);
    }
}
