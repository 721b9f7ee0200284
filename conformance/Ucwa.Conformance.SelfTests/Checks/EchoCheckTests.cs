using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-INVITATION-ECHO (and the echo half of AP-OPID-50): the invitation repeats each field exactly as sent.</summary>
[TestFixture]
public sealed class EchoCheckTests
{
    private static readonly Dictionary<string, string> Sent = new() { ["operationId"] = "op-1", ["to"] = "sip:john@contoso.com" };

    private static readonly EchoCheck Echo = new("AP-INVITATION-ECHO", "operationId", "to");

    private static CheckResult Judge(RecordedResponse? invitation, IReadOnlyDictionary<string, string>? sent = null, WireFormat format = WireFormat.Json) =>
        Echo.Judge(Made.Evidence(format, Made.Submission(Made.Created(), invitation, sent ?? Sent)));

    private static RecordedResponse Json(params (string, string?)[] changes) => Made.Response(200, "OK", "application/json", Made.InvitationJson(changes));

    [Test]
    public void An_invitation_repeating_what_was_sent_passes_in_JSON_and_in_XML()
    {
        Judge(Json()).Kind.Should().Be(CheckResult.Result.Pass);
        Judge(Made.Response(200, "OK", "application/xml", Made.InvitationXml()), format: WireFormat.Xml).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_changed_operationId_fails_showing_both_with_their_lengths()
    {
        var result = Judge(Json(("operationId", "op-")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("operationId \"op-1\" (4 chars)");
        result.Seen.Should().Be("operationId \"op-\" (3 chars)");
    }

    [Test]
    public void A_field_left_out_fails_saying_so()
    {
        Judge(Json(("operationId", null))).Seen.Should().Be("no operationId");
    }

    [Test]
    public void A_later_field_is_judged_too()
    {
        var result = Judge(Json(("to", "sip:jane@contoso.com")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("to \"sip:john@contoso.com\" (20 chars)");
    }

    [Test]
    public void A_field_that_was_not_sent_is_not_asked_back_but_the_others_are()
    {
        var onlyTo = new Dictionary<string, string> { ["to"] = "sip:john@contoso.com" };

        Judge(Json(("operationId", null)), onlyTo).Kind.Should().Be(CheckResult.Result.Pass);
        Judge(Json(("operationId", null), ("to", "sip:jane@contoso.com")), onlyTo).Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void A_field_not_sent_that_the_server_fills_in_is_not_judged()
    {
        var onlyTo = new Dictionary<string, string> { ["to"] = "sip:john@contoso.com" };

        // A server may give an invitation an operationId of its own when none was sent: nothing to echo.
        Judge(Json(("operationId", "server-made")), onlyTo).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Only_the_fields_the_check_names_are_compared()
    {
        var opidOnly = new EchoCheck("AP-OPID-50", "operationId");

        opidOnly.Judge(Made.Evidence(Made.Submission(Made.Created(), Json(("to", "sip:jane@contoso.com")), Sent))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void An_answer_other_than_201_leaves_no_invitation_to_read()
    {
        var result = Echo.Judge(Made.Evidence(Made.Submission(Made.JsonError(400, "BadRequest", "ParameterValidationFailure"), null, Sent)));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("answered 400 BadRequest/ParameterValidationFailure, no invitation to read");
    }

    [Test]
    public void An_invitation_that_cannot_be_read_is_inconclusive_with_the_reason()
    {
        var result = Judge(Made.Response(404, "Not Found"));

        result.Kind.Should().Be(CheckResult.Result.Inconclusive);
        result.Note.Should().Be("the invitation could not be read: GET on the Location answered 404 Not Found");
    }
}
