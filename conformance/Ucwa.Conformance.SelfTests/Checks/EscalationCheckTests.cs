using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-ESCALATE, AP-ESCALATE-ORDER and AP-PARTICIPANT-ADDED on hand-made timelines: no server.</summary>
[TestFixture]
public sealed class EscalationCheckTests
{
    private static readonly Uri Conversation = new("https://fe1.contoso.com/ucwa/oauth/v1/applications/192/communication/conversations/137");
    private static readonly Uri Other = new("https://fe1.contoso.com/ucwa/oauth/v1/applications/192/communication/conversations/999");
    private static readonly Uri Participant = new(Conversation + "/participants/john@contoso.com");
    private static int _answer;

    private static TimelineEntry State(string state, Uri? conversation = null) =>
        new(TimeSpan.FromSeconds(0.1), ++_answer, new ObservedEvent("updated", "communication", "conversation", conversation ?? Conversation, null, null, true, null, state), State: state);

    private static TimelineEntry Read(string state) => new(TimeSpan.FromSeconds(5), _answer, null, Conversation, state);

    private static TimelineEntry Invitation(string type, string? status = null, int? answer = null) =>
        new(TimeSpan.FromSeconds(1), answer ?? ++_answer, new ObservedEvent(type, "communication", "participantInvitation", Made.Location, status, null, true, null));

    private static TimelineEntry Added(string? uri = "sip:john@contoso.com", string sender = "conversation", int? answer = null) =>
        new(TimeSpan.FromSeconds(1), answer ?? ++_answer, new ObservedEvent("added", sender, "participant", Participant, null, null, true, null, SenderHref: Conversation), ParticipantUri: uri);

    private static Evidence With(Uri? linked, params TimelineEntry[] entries) => With(Made.Created(), linked, entries);

    private static Evidence With(Engine.Exchanges.RecordedResponse answer, Uri? linked, params TimelineEntry[] entries)
    {
        var timeline = new ConversationTimeline(Conversation, "Connected", linked, entries, TimeSpan.FromSeconds(5));
        var s = Made.Submission(answer, answer.Status == 201 ? Made.Response(200) : null, new Dictionary<string, string> { ["to"] = "sip:john@contoso.com" },
            Made.Seen()) with { Conversation = timeline };
        return Made.Evidence(s);
    }

    private static readonly EscalationCheck Escalate = new("AP-ESCALATE");
    private static readonly EscalationOrderCheck Order = new("AP-ESCALATE-ORDER");
    private static readonly ParticipantAddedCheck Roster = new("AP-PARTICIPANT-ADDED");

    private static TimelineEntry[] Conforming() =>
        [Invitation("started"), State("Conferencing"), State("Conferenced"), Added(), Invitation("completed", "Success")];

    [Test]
    public void A_documented_escalation_passes_all_three()
    {
        var evidence = With(Conversation, Conforming());

        Escalate.Judge(evidence).Kind.Should().Be(CheckResult.Result.Pass);
        Order.Judge(evidence).Kind.Should().Be(CheckResult.Result.Pass);
        Roster.Judge(evidence).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_conversation_that_stays_Connected_fails_escalation_and_the_message_shows_the_sequence()
    {
        var result = Escalate.Judge(With(Conversation, Invitation("started"), Added(), Invitation("completed", "Success"), Read("Connected")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Contain("Connected before the request").And.Contain("participantInvitation completed Success").And.Contain("→ Connected").And.Contain("+1.00 s");
    }

    [Test]
    public void A_Conferenced_state_read_with_a_GET_counts_when_the_events_carry_none()
    {
        Escalate.Judge(With(Conversation, Invitation("started"), Invitation("completed", "Success"), Read("Conferenced"))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_refusal_fails_escalation_and_leaves_order_and_roster_unjudged()
    {
        var evidence = With(Made.JsonError(409, "Conflict"), null);

        Escalate.Judge(evidence).Should().Match<CheckResult>(r => r.Kind == CheckResult.Result.Fail && r.Seen!.Contains("409"));
        Order.Judge(evidence).Kind.Should().Be(CheckResult.Result.NotApplicable);
        Roster.Judge(evidence).Kind.Should().Be(CheckResult.Result.NotApplicable);
    }

    [Test]
    public void Another_conversation_reaching_Conferenced_is_not_an_escalation_of_this_one()
    {
        var result = Escalate.Judge(With(Other, Invitation("started"), State("Conferenced", Other), Added(), Invitation("completed", "Success"), Read("Connected")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Contain("a new conversation instead of the escalated one").And.Contain(Other.ToString());
    }

    [Test]
    public void An_invitation_linking_another_conversation_fails_even_when_this_one_is_Conferenced()
    {
        Escalate.Judge(With(Other, Conforming())).Should().Match<CheckResult>(r => r.Kind == CheckResult.Result.Fail && r.Seen!.Contains(Other.ToString()));
        Escalate.Judge(With(null, Conforming())).Should().Match<CheckResult>(r => r.Kind == CheckResult.Result.Fail && r.Seen!.Contains("no conversation link"));
    }

    [Test]
    public void Success_before_Conferenced_fails_the_order_only()
    {
        var evidence = With(Conversation, Invitation("started"), Added(), Invitation("completed", "Success"), State("Conferencing"), State("Conferenced"));

        Escalate.Judge(evidence).Kind.Should().Be(CheckResult.Result.Pass);
        Order.Judge(evidence).Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void A_failed_invitation_has_no_order_or_roster_to_judge()
    {
        var evidence = With(Conversation, Invitation("started"), State("Conferenced"), Invitation("completed", "Failure"));

        Order.Judge(evidence).Kind.Should().Be(CheckResult.Result.NotApplicable);
        Roster.Judge(evidence).Kind.Should().Be(CheckResult.Result.NotApplicable);
    }

    [Test]
    public void The_invitee_added_in_the_same_answer_as_the_success_counts_even_after_it()
    {
        var answer = ++_answer;
        Roster.Judge(With(Conversation, Invitation("started"), State("Conferenced"), Invitation("completed", "Success", answer), Added(answer: answer)))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void The_invitee_added_in_a_later_answer_fails_the_roster()
    {
        var result = Roster.Judge(With(Conversation, Invitation("started"), State("Conferenced"), Invitation("completed", "Success"), Added()));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Contain("for the invitee");
    }

    [TestCase("sip:someone.else@contoso.com", "conversation")]
    [TestCase("sip:john@contoso.com", "communication")]
    [TestCase(null, "conversation")]
    public void Only_the_invitee_added_from_sender_conversation_counts(string? uri, string sender)
    {
        Roster.Judge(With(Conversation, Invitation("started"), State("Conferenced"), Added(uri, sender), Invitation("completed", "Success")))
            .Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void The_invitees_address_matches_with_or_without_the_sip_scheme_in_any_case()
    {
        Roster.Judge(With(Conversation, Invitation("started"), Added("JOHN@contoso.com"), Invitation("completed", "Success")))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_channel_that_failed_makes_a_failure_inconclusive_as_a_target_fault()
    {
        var s = With(Conversation, Invitation("started")).Own.Primary;
        var failed = s with { Conversation = s.Conversation! with { ChannelFailure = "the event channel stopped: 500" } };

        Escalate.Judge(Made.Evidence(failed)).Should().Match<CheckResult>(r => r.Kind == CheckResult.Result.Inconclusive && r.TargetFault);
    }

    [Test]
    public void Without_a_timeline_the_checks_are_inconclusive_not_passed()
    {
        var s = Made.Submission(Made.Created(), Made.Response(200), events: Made.Seen());

        Escalate.Judge(Made.Evidence(s)).Kind.Should().Be(CheckResult.Result.Inconclusive);
        Roster.Judge(Made.Evidence(s)).Kind.Should().Be(CheckResult.Result.Inconclusive);
    }

    [Test]
    public void An_added_event_of_no_numbered_answer_after_the_success_does_not_count()
    {
        Roster.Judge(With(Conversation, Invitation("started"), State("Conferenced"), Invitation("completed", "Success"), Added(answer: 0)))
            .Kind.Should().Be(CheckResult.Result.Fail, "only an event of the success's own answer or earlier was delivered with it");
    }

    [Test]
    public void Each_failure_says_what_was_expected_and_each_unjudged_check_why()
    {
        var refused = With(Made.JsonError(409, "Conflict"), null);
        Escalate.Judge(refused).Expected.Should().Be("201 Created: addParticipant on a two-party conversation escalates it and invites");
        Roster.Judge(refused).Note.Should().StartWith("answered 409").And.EndWith(", no invitation to follow");

        var connected = Escalate.Judge(With(Conversation, Invitation("started"), Invitation("completed", "Success"), Read("Connected")));
        connected.Expected.Should().Be($"the conversation {Conversation} reaches Conferenced within 5 s");

        var elsewhere = Escalate.Judge(With(Other, Invitation("started"), Invitation("completed", "Success")));
        elsewhere.Seen.Should().EndWith($"; the invitation links another conversation, {Other}: a new conversation instead of the escalated one");
        var here = With(Conversation, Invitation("started"), Invitation("completed", "Success"));
        Escalate.Judge(here).Seen.Should().Be(Sequence(here), "nothing is said of another conversation when the invitation links this one");

        Escalate.Judge(With(null, Conforming())).Expected.Should().Be("the invitation's conversation link names the escalated conversation");
        var other = Escalate.Judge(With(Other, Conforming()));
        other.Expected.Should().Be($"the invitation's conversation link names the escalated conversation {Conversation}");
        other.Seen.Should().Be($"it names {Other}");
        Escalate.Judge(With(Conversation, Conforming())).Note.Should().StartWith("Conferenced ").And.Contain("Conferenced");

        var failed = With(Conversation, Invitation("started"), State("Conferenced"), Invitation("completed", "Failure"));
        Order.Judge(failed).Note.Should().Be("the invitation did not complete with Success: no order to judge");
        Roster.Judge(failed).Note.Should().Be("the invitation did not complete with Success: the roster need not show the invitee");
        Order.Judge(With(Conversation, Invitation("started"), Invitation("completed", "Success"), State("Conferenced")))
            .Expected.Should().Be("the conversation Conferenced before the invitation completes with Success");

        var bare = With(Conversation, Invitation("started"), Invitation("completed", "Success"));
        var noInvitee = Roster.Judge(bare);
        noInvitee.Expected.Should().Be("a participant added event from sender conversation for sip:john@contoso.com, delivered with the completed Success event or earlier");
        noInvitee.Seen.Should().Be(Sequence(bare), "no added event to name");
        Roster.Judge(With(Conversation, Invitation("started"), Invitation("completed", "Success"), Added())).Seen.Should().Contain("; for the invitee: ");
    }

    [Test]
    public void An_invitee_added_before_the_request_is_not_evidence_of_this_invitation()
    {
        // The run's shared meeting: an earlier case's invitation added the same invitee.
        var earlier = Added() with { BeforeRequest = true };
        var result = Roster.Judge(With(Conversation, earlier, Invitation("started"), Invitation("completed", "Success")));

        result.Kind.Should().Be(CheckResult.Result.Inconclusive, "the roster already showed the invitee: whether this invitation added them cannot be told");
        result.Note.Should().StartWith("the invitee was already in the conversation's roster before this request");
        Roster.Judge(With(Conversation, earlier, Invitation("started"), Added(), Invitation("completed", "Success"))).Kind
            .Should().Be(CheckResult.Result.Pass, "the server added the invitee again for this invitation");
    }

    private static string Sequence(Evidence e) => e.Own.Primary.Conversation!.Sequence(e.Own.Primary.InvitationGet!.Request.Url);

    [Test]
    public void Without_a_Location_or_an_events_link_or_a_conversation_each_check_says_which()
    {
        var noLocation = Made.Evidence(Made.Submission(Made.Created(), null, events: Made.Seen()));
        var noEvents = Made.Evidence(Made.Submission(Made.Created(), Made.Response(200)));
        var noConversation = Made.Evidence(Made.Submission(Made.Created(), Made.Response(200), events: Made.Seen()));

        Roster.Judge(noLocation).Should().Match<CheckResult>(r => r.Kind == CheckResult.Result.NotApplicable && r.Note == "no usable Location to match events with (AP-201-LOCATION)");
        Roster.Judge(noEvents).Should().Match<CheckResult>(r => r.Kind == CheckResult.Result.Inconclusive && r.Note == "the target's events link is not known: set EventsUrl (UCWA_EVENTS_URL)");
        Roster.Judge(noConversation).Note.Should().Be("no conversation to follow: the invitation links none (AP-INVITATION-FIELDS)");
    }

    [Test]
    public void Without_a_to_sent_the_roster_is_not_judged()
    {
        var s = With(Conversation, Conforming()).Own.Primary with { SentFields = new Dictionary<string, string>() };

        Roster.Judge(Made.Evidence(s)).Should().Match<CheckResult>(r => r.Kind == CheckResult.Result.NotApplicable && r.Note == "no to was sent");
    }
}
