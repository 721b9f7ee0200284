using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-UCWA-VERSION: every answer, the invitation's GET included, carries X-MS-UcwaVersion.</summary>
[TestFixture]
public sealed class UcwaVersionCheckTests
{
    private static readonly (string, string) Version = ("X-MS-UcwaVersion", "2");

    private static CheckResult Judge(params Submission[] submissions) =>
        new UcwaVersionCheck("AP-UCWA-VERSION").Judge(Made.Evidence(submissions));

    private static RecordedResponse Created(bool version) =>
        version ? Made.Response(201, "Created", headers: [("Location", Made.RelativeLocation), Version]) : Made.Created();

    private static RecordedResponse Invitation(bool version) =>
        version
            ? Made.Response(200, "OK", "application/json", Made.InvitationJson(), Version)
            : Made.Response(200, "OK", "application/json", Made.InvitationJson());

    [Test]
    public void The_header_on_the_answer_and_the_invitation_passes()
    {
        Judge(Made.Submission(Created(true), Invitation(true))).Should().BeEquivalentTo(new { Kind = CheckResult.Result.Pass, Note = "X-MS-UcwaVersion on all 2 answers" });
    }

    [Test]
    public void An_error_with_the_header_passes()
    {
        Judge(Made.Submission(Made.Response(400, "Bad Request", "application/json", Made.JsonReason("BadRequest"), ("x-ms-ucwaversion", "2"))))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void An_answer_without_it_fails()
    {
        var result = Judge(Made.Submission(Created(false), Invitation(true)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("X-MS-UcwaVersion on every answer");
        result.Seen.Should().Be("POST answered 201 Created without X-MS-UcwaVersion");
    }

    [Test]
    public void The_invitation_GET_without_it_fails()
    {
        var result = Judge(Made.Submission(Created(true), Invitation(false)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be("GET answered 200 OK without X-MS-UcwaVersion");
    }

    [Test]
    public void A_second_submission_without_it_fails()
    {
        Judge(Made.Submission(Created(true), Invitation(true)), Made.Submission(Created(false)))
            .Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void An_empty_value_fails()
    {
        Judge(Made.Submission(Made.Response(201, "Created", headers: ("X-MS-UcwaVersion", " ")))).Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void Nothing_answered_is_not_judged()
    {
        var unanswered = new Submission(new Dictionary<string, string>(), Made.Exchange("POST", Made.Target, null, "timed out"), null);

        Judge(unanswered).Should().BeEquivalentTo(new { Kind = CheckResult.Result.NotApplicable, Note = "no answer to judge" });
    }
}
