using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-INVITATION-FIELDS: direction Outgoing, state and importance from the documented enums, links conversation and cancel.</summary>
[TestFixture]
public sealed class InvitationFieldsCheckTests
{
    private static CheckResult Judge(RecordedResponse? invitation, RecordedResponse? answer = null, WireFormat format = WireFormat.Json) =>
        new InvitationFieldsCheck("AP-INVITATION-FIELDS").Judge(Made.Evidence(format, Made.Submission(answer ?? Made.Created(), invitation)));

    private static CheckResult Judge(params (string, string?)[] changes) =>
        Judge(Made.Response(200, "OK", "application/json", Made.InvitationJson(changes)));

    [Test]
    public void A_conforming_invitation_passes_in_JSON_and_in_XML()
    {
        Judge().Kind.Should().Be(CheckResult.Result.Pass);
        Judge(Made.Response(200, "OK", "application/xml", Made.InvitationXml()), format: WireFormat.Xml).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [TestCase("Incoming", "direction Incoming")]
    [TestCase(null, "direction (absent)")]
    public void A_direction_other_than_Outgoing_fails(string? direction, string seen)
    {
        var result = Judge(("direction", direction));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("direction Outgoing");
        result.Seen.Should().Be(seen);
    }

    [TestCase("Alerting")]
    [TestCase("Cancelled")]
    [TestCase("Connected")]
    [TestCase("Connecting")]
    [TestCase("Declined")]
    [TestCase("Failed")]
    [TestCase("Forwarded")]
    [TestCase("TeamRing")]
    public void Each_documented_state_passes(string state)
    {
        Judge(("state", state)).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [TestCase("Ringing", "state Ringing")]
    [TestCase("connecting", "state connecting")]
    [TestCase(null, "state (absent)")]
    public void Another_state_or_none_fails_listing_the_documented_ones(string? state, string seen)
    {
        var result = Judge(("state", state));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("state one of Alerting, Cancelled, Connected, Connecting, Declined, Failed, Forwarded, TeamRing");
        result.Seen.Should().Be(seen);
    }

    [TestCase("Emergency")]
    [TestCase("Normal")]
    [TestCase("Urgent")]
    [TestCase(null)]
    public void A_documented_importance_or_none_passes(string? importance)
    {
        Judge(("importance", importance)).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Another_importance_fails_listing_the_documented_ones()
    {
        var result = Judge(("importance", "High"));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("importance one of Emergency, Normal, Urgent");
        result.Seen.Should().Be("importance High");
    }

    [TestCase("link:cancel", "no link cancel")]
    [TestCase("link:conversation", "no link conversation")]
    public void A_missing_link_fails_naming_it(string link, string seen)
    {
        var result = Judge((link, null));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("links conversation and cancel");
        result.Seen.Should().Be(seen);
    }

    [TestCase("Connected")]
    [TestCase("Declined")]
    [TestCase("Failed")]
    public void A_finished_invitation_needs_no_cancel_link(string state)
    {
        var result = Judge(("state", state), ("link:cancel", null));

        result.Kind.Should().Be(CheckResult.Result.Pass);
        result.Note.Should().Be($"state {state}: finished, no cancel link required");
    }

    [TestCase("Alerting")]
    [TestCase("TeamRing")]
    public void An_invitation_in_progress_needs_its_cancel_link(string state)
    {
        Judge(("state", state), ("link:cancel", null)).Kind.Should().Be(CheckResult.Result.Fail);
        Judge(("state", state)).Should().Match<CheckResult>(r => r.Kind == CheckResult.Result.Pass && r.Note == null, "an invitation in progress is not called finished");
    }

    [Test]
    public void A_finished_invitation_still_needs_its_conversation_link()
    {
        var result = Judge(("state", "Connected"), ("link:conversation", null));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("link conversation (state Connected)");
    }

    [Test]
    public void Two_missing_links_are_both_named()
    {
        Judge(("link:cancel", null), ("link:conversation", null)).Seen.Should().Be("no link conversation, cancel");
    }

    [Test]
    public void An_answer_other_than_201_leaves_no_invitation_to_read()
    {
        var result = Judge(null, Made.JsonError(409, "Conflict", "AlreadyExists"));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("answered 409 Conflict/AlreadyExists, no invitation to read");
    }

    [Test]
    public void An_invitation_that_cannot_be_read_is_inconclusive_with_the_reason()
    {
        var result = Judge(Made.Response(200, "OK", "application/json", "[]"));

        result.Kind.Should().Be(CheckResult.Result.Inconclusive);
        result.Note.Should().Be("the invitation could not be read: the JSON body is Array, not an object");
    }
}
