using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-METHOD-ALLOW: a 405 carries Allow naming POST, in any of the spellings HTTP allows.</summary>
[TestFixture]
public sealed class AllowHeaderCheckTests
{
    private static CheckResult Judge(RecordedResponse answer) =>
        new AllowHeaderCheck("AP-METHOD-ALLOW").Judge(Made.Evidence(Made.Submission(answer)));

    private static RecordedResponse MethodNotAllowed(params (string, string)[] headers) =>
        Made.Response(405, "Method Not Allowed", "application/json", Made.JsonReason("MethodNotAllowed"), headers);

    [TestCase("POST")]
    [TestCase("GET, POST")]
    [TestCase("OPTIONS,POST ,HEAD")]
    public void Allow_naming_POST_passes(string allow)
    {
        Judge(MethodNotAllowed(("Allow", allow))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void POST_in_a_second_Allow_header_passes()
    {
        Judge(MethodNotAllowed(("Allow", "OPTIONS"), ("allow", "POST"))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_pass_names_the_methods_allowed()
    {
        Judge(MethodNotAllowed(("Allow", "OPTIONS"), ("allow", "POST"))).Note.Should().Be("Allow: OPTIONS, POST");
    }

    [Test]
    public void A_405_without_Allow_fails()
    {
        var result = Judge(MethodNotAllowed());

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("405 with an Allow header naming POST");
        result.Seen.Should().Be("405 without Allow");
    }

    [TestCase("GET, PUT", "Allow: GET, PUT")]
    [TestCase("", "Allow: (empty)")]
    [TestCase("post", "Allow: post")]
    public void Allow_without_POST_fails(string allow, string seen)
    {
        var result = Judge(MethodNotAllowed(("Allow", allow)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("Allow naming POST");
        result.Seen.Should().Be(seen);
    }

    [Test]
    public void Another_status_is_not_judged()
    {
        Judge(Made.JsonError(404, "NotFound")).Should().BeEquivalentTo(new { Kind = CheckResult.Result.NotApplicable, Note = "answered 404 NotFound/None, not 405" });
    }
}
