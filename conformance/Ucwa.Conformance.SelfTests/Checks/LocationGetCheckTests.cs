using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-LOCATION-GET: GET on the Location answers 200 with a participantInvitation whose self link is the Location.</summary>
[TestFixture]
public sealed class LocationGetCheckTests
{
    private static CheckResult Judge(RecordedResponse? invitation, RecordedResponse? answer = null, WireFormat format = WireFormat.Json) =>
        new LocationGetCheck("AP-LOCATION-GET").Judge(Made.Evidence(format, Made.Submission(answer ?? Made.Created(), invitation)));

    private static RecordedResponse Json(params (string, string?)[] changes) => Made.Response(200, "OK", "application/json", Made.InvitationJson(changes));

    private static RecordedResponse Xml(params (string, string?)[] changes) => Made.Response(200, "OK", "application/xml", Made.InvitationXml(changes));

    [Test]
    public void The_invitation_at_its_Location_passes_in_JSON_and_in_XML()
    {
        Judge(Json()).Kind.Should().Be(CheckResult.Result.Pass);
        Judge(Xml(), format: WireFormat.Xml).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void An_absolute_self_link_equal_to_a_relative_Location_passes()
    {
        Judge(Json(("link:self", Made.Location.ToString()))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_GET_answered_otherwise_than_200_fails_showing_the_answer()
    {
        var result = Judge(Made.JsonError(404, "NotFound"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("200 with a participantInvitation whose self link is the Location");
        result.Seen.Should().Be($"GET {Made.Location} answered 404 NotFound/None");
    }

    [Test]
    public void A_body_that_is_not_an_invitation_in_the_case_s_format_fails_with_the_reader_s_problem()
    {
        var result = Judge(Json(), format: WireFormat.Xml);

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().StartWith("the body is not XML");
    }

    [TestCase("invitation", "rel \"invitation\"")]
    [TestCase(null, "no rel")]
    public void Another_rel_or_none_fails(string? rel, string seen)
    {
        var result = Judge(Json(("rel", rel)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("rel participantInvitation");
        result.Seen.Should().Be(seen);
    }

    [Test]
    public void A_self_link_to_another_resource_fails_showing_both()
    {
        var result = Judge(Xml(("link:self", "/ucwa/invitations/1")), format: WireFormat.Xml);

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be($"self link {Made.Location}");
        result.Seen.Should().Be("self link /ucwa/invitations/1");
    }

    [Test]
    public void No_self_link_fails_saying_so()
    {
        Judge(Json(("link:self", null))).Seen.Should().Be("no self link");
    }

    [Test]
    public void An_answer_other_than_201_created_nothing()
    {
        var result = Judge(null, Made.JsonError(400, "BadRequest"));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("answered 400 BadRequest/None, no invitation was created");
    }

    [Test]
    public void A_Location_not_followed_is_left_to_AP_201_LOCATION()
    {
        var result = Judge(null);

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Contain("AP-201-LOCATION");
    }
}
