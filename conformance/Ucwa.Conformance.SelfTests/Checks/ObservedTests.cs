using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>The small readings of a response the checks share: what is an error, how an answer is shown, the invitation, links.</summary>
[TestFixture]
public sealed class ObservedTests
{
    [TestCase(201, false)]
    [TestCase(399, false)]
    [TestCase(400, true)]
    [TestCase(503, true)]
    public void An_error_is_a_status_of_400_or_more(int status, bool error)
    {
        Observed.IsError(Made.Response(status)).Should().Be(error);
    }

    [Test]
    public void An_error_is_shown_with_its_code_and_subcode()
    {
        Observed.Answer(Made.XmlError(400, "BadRequest", "ParameterValidationFailure")).Should().Be("400 BadRequest/ParameterValidationFailure");
        Observed.Answer(Made.JsonError(409, "Conflict")).Should().Be("409 Conflict/None");
    }

    [Test]
    public void An_error_without_a_readable_code_and_a_success_are_shown_by_status_and_reason()
    {
        Observed.Answer(Made.Response(502, "Bad Gateway", "text/html", "<html/>")).Should().Be("502 Bad Gateway");
        Observed.Answer(Made.Response(200, "OK", "application/json", Made.JsonReason("Conflict"))).Should().Be("200 OK");
    }

    [Test]
    public void The_invitation_is_read_from_the_GET_of_the_Location_in_the_case_s_format()
    {
        var x = Made.Run([Made.Submission(Made.Created(), Made.Response(200, "OK", "application/json", Made.InvitationJson()))]);

        var (view, problem) = Observed.Invitation(x, x.Primary);

        problem.Should().BeNull();
        view!.Property("operationId").Should().Be("op-1");
    }

    [Test]
    public void Without_a_GET_of_the_Location_there_is_no_invitation()
    {
        var x = Made.Run([Made.Submission(Made.Created())]);

        Observed.Invitation(x, x.Primary).Problem.Should().Be("the Location was not fetched (no 201 with a usable Location)");
    }

    [Test]
    public void A_GET_that_got_no_answer_gives_its_failure()
    {
        var s = new Submission(new Dictionary<string, string>(), Made.Exchange("POST", Made.Target, Made.Created()), Made.Exchange("GET", Made.Location, null, "connection reset"));

        var (view, problem) = Observed.Invitation(Made.Run([s]), s);

        view.Should().BeNull();
        problem.Should().Be("connection reset");
    }

    [Test]
    public void A_GET_answered_otherwise_than_200_gives_the_answer()
    {
        var x = Made.Run([Made.Submission(Made.Created(), Made.Response(201, "Created", "application/json", Made.InvitationJson()))]);

        Observed.Invitation(x, x.Primary).Problem.Should().Be("GET on the Location answered 201 Created");
    }

    [Test]
    public void A_link_resolves_against_the_target_and_an_absent_one_to_nothing()
    {
        Observed.Resolve(Made.Target, Made.RelativeLocation).Should().Be(Made.Location);
        Observed.Resolve(Made.Target, "https://other.example/x").Should().Be(new Uri("https://other.example/x"));
        Observed.Resolve(Made.Target, null).Should().BeNull();
    }
}
