using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-AUTH-INVALID: a token the server never issued is refused, 401 with a challenge or 403, never served.</summary>
[TestFixture]
public sealed class InvalidTokenCheckTests
{
    private static CheckResult Judge(RecordedResponse answer) =>
        new InvalidTokenCheck("AP-AUTH-INVALID").Judge(Made.Evidence(Made.Submission(answer)));

    [Test]
    public void A_401_with_a_challenge_passes()
    {
        Judge(Made.Response(401, "Unauthorized", "text/html", "<html/>", ("WWW-Authenticate", "Bearer trusted_issuers=\"\"")))
            .Should().BeEquivalentTo(new { Kind = CheckResult.Result.Pass, Note = "refused with 401 and a challenge" });
    }

    [Test]
    public void A_403_passes_as_SfB_Online_answers()
    {
        Judge(Made.JsonError(403, "Forbidden")).Should().BeEquivalentTo(new { Kind = CheckResult.Result.Pass, Note = "refused with 403" });
    }

    [Test]
    public void A_401_without_a_challenge_fails()
    {
        var result = Judge(Made.Response(401, "Unauthorized"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("401 with a WWW-Authenticate header, or 403");
        result.Seen.Should().Be("401 Unauthorized without WWW-Authenticate");
    }

    [TestCase(201)]
    [TestCase(200)]
    public void Serving_the_token_fails_and_says_so(int status)
    {
        var result = Judge(status == 201 ? Made.Created() : Made.Response(200, "OK"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("401 with a WWW-Authenticate header, or 403");
        result.Seen.Should().EndWith("a token the server never issued was served");
    }

    [Test]
    public void A_redirect_is_a_refusal_of_another_kind_not_serving()
    {
        Judge(Made.Response(300, "Multiple Choices")).Seen.Should().Be("300 Multiple Choices");
    }

    [TestCase(400, "BadRequest")]
    [TestCase(404, "NotFound")]
    public void Another_refusal_fails(int status, string code)
    {
        var result = Judge(Made.JsonError(status, code));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be($"{status} {code}/None");
    }
}
