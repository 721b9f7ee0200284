using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-NEG-ACCEPT: every response with a body, the answers, the invitation GETs and the event answers, is in the format Accept asked for.</summary>
[TestFixture]
public sealed class AcceptCheckTests
{
    private static readonly AcceptCheck Check = new("AP-NEG-ACCEPT");

    private static CheckResult Judge(WireFormat format, string? accept, params Submission[] submissions) =>
        Check.Judge(new Evidence(Made.Run(submissions, format, accept: accept), null));

    private static RecordedResponse JsonInvitation => Made.Response(200, "OK", "application/json; charset=utf-8", Made.InvitationJson());

    [Test]
    public void Answers_in_the_format_asked_for_pass()
    {
        Judge(WireFormat.Json, null, Made.Submission(Made.Created(), JsonInvitation), Made.Submission(Made.JsonError(409, "Conflict")))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void The_format_asked_for_is_the_Accept_s_when_it_names_one()
    {
        Judge(WireFormat.Xml, "application/vnd.microsoft.com.ucwa+json", Made.Submission(Made.JsonError(400, "BadRequest")))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void An_Accept_of_no_UCWA_format_asks_for_the_case_s_format()
    {
        var result = Judge(WireFormat.Xml, "*/*", Made.Submission(Made.JsonError(400, "BadRequest")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("XML for Accept: */*");
    }

    [Test]
    public void An_error_in_the_other_format_fails_showing_its_Content_Type_and_look()
    {
        var result = Judge(WireFormat.Xml, null, Made.Submission(Made.JsonError(409, "Conflict")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("XML for Accept: application/xml");
        result.Seen.Should().Be("POST answered Content-Type application/json with a body that looks like JSON");
    }

    [Test]
    public void A_body_that_looks_like_the_other_format_fails_whatever_its_Content_Type_says()
    {
        var result = Judge(WireFormat.Json, null, Made.Submission(Made.Response(400, "Bad Request", "application/json", "<reason/>")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be("POST answered Content-Type application/json with a body that looks like XML");
    }

    [Test]
    public void A_body_of_neither_format_without_a_Content_Type_is_shown_as_such()
    {
        Judge(WireFormat.Json, null, Made.Submission(Made.Response(400, "Bad Request", body: "Bad request")))
            .Seen.Should().Be("POST answered Content-Type (none) with a body that looks like neither JSON nor XML");
    }

    [Test]
    public void The_invitation_GET_is_judged_too()
    {
        var result = Judge(WireFormat.Xml, null, Made.Submission(Made.Created(), JsonInvitation));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().StartWith("GET answered Content-Type application/json; charset=utf-8");
    }

    [Test]
    public void Every_submission_is_judged_not_only_the_first()
    {
        Judge(WireFormat.Json, null, Made.Submission(Made.JsonError(409, "Conflict")), Made.Submission(Made.XmlError(409, "Conflict")))
            .Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void Responses_without_a_body_are_not_judged()
    {
        var result = Judge(WireFormat.Json, null, Made.Submission(Made.Created()), Made.Submission(Made.Response(401, "Unauthorized", "text/html")));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("no response had a body");
    }

    private static Submission WithEvents(WireFormat format, params Engine.Events.EventDelivery[] deliveries) =>
        Made.Submission(Made.Created(), format == WireFormat.Json ? JsonInvitation : Made.Response(200, "OK", "application/xml", Made.InvitationXml()),
            events: Made.Seen([.. deliveries.Select(d => Made.Event("started") with { Answer = d.Answer, Delivery = d })]));

    [TestCase("application/json; charset=utf-8")]
    [TestCase("Application/JSON")]
    [TestCase("application/vnd.microsoft.com.ucwa+json")]
    public void Event_answers_in_the_pump_s_format_pass_whatever_the_case_s_format(string contentType)
    {
        var result = Judge(WireFormat.Xml, null, WithEvents(WireFormat.Xml, new Engine.Events.EventDelivery(3, "application/json", contentType, WireFormat.Json)));

        result.Kind.Should().Be(CheckResult.Result.Pass);
        result.Note.Should().Be("and 1 event answer(s)");
    }

    [Test]
    public void A_mislabelled_event_answer_fails_naming_it()
    {
        var result = Judge(WireFormat.Json, null, WithEvents(WireFormat.Json,
            new(1, "application/json", "application/json", WireFormat.Json), new(2, "application/json", "text/plain", WireFormat.Json)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("JSON for the event channel's Accept: application/json");
        result.Seen.Should().Be("event answer 2 had Content-Type text/plain with a body that looks like JSON");
    }

    [Test]
    public void An_event_answer_in_the_other_format_fails()
    {
        var result = Judge(WireFormat.Json, null, WithEvents(WireFormat.Json, new Engine.Events.EventDelivery(1, "application/json", "application/xml", WireFormat.Xml)));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be("event answer 1 had Content-Type application/xml with a body that looks like XML");
    }

    [Test]
    public void An_event_answer_to_an_Accept_naming_no_UCWA_format_is_not_held_to_one()
    {
        var result = Judge(WireFormat.Json, null, WithEvents(WireFormat.Json, new Engine.Events.EventDelivery(1, "*/*", "application/json", WireFormat.Json)));

        result.Kind.Should().Be(CheckResult.Result.Pass);
        result.Note.Should().Be("and 1 event answer(s)");
    }

    [Test]
    public void Events_the_pump_did_not_stamp_are_not_judged()
    {
        Judge(WireFormat.Json, null, Made.Submission(Made.Created(), JsonInvitation, events: Made.Seen(Made.Event("started"))))
            .Note.Should().BeNull();
    }
}
