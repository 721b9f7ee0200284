using System.Collections.Concurrent;
using System.Security.Cryptography;
using Ucwa.Conformance.Stub.Events;
using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub.Model;

/// <summary>
/// What the stub knows, as a real server would: the test accounts, and a registry keyed by href of the
/// applications they created, their conversations and the invitations started in them. Each change that a
/// real server reports is published on the owning application's event channel, in the documented order.
/// One lock keeps each change and its events together, so events are never reordered.
/// </summary>
internal sealed class StubModel
{
    public const string ApplicationsPath = "/ucwa/oauth/v1/applications";

    private readonly object _gate = new();
    private readonly StubBehaviour _behaviour;
    private readonly InvitationWriter _invitationWriter;
    private readonly ConcurrentDictionary<string, Application> _applications = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Invitation> _invitations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly ResourceViews _views;

    public StubModel(StubBehaviour behaviour, string? accessToken)
    {
        _behaviour = behaviour;
        _invitationWriter = new InvitationWriter(behaviour);
        _views = new ResourceViews(behaviour);
        Main = new Account("conformance@contoso.com", Secret(), "Conformance Tester", accessToken ?? NewToken());
        // The second test account, for two-party conversations (flow B): it signs in like the first.
        Peer = new Account("peer@contoso.com", Secret(), "Conformance Peer", NewToken());
    }

    public Account Main { get; }

    public Account Peer { get; }

    public IEnumerable<Account> Accounts => [Main, Peer];

    /// <summary>The first participantInvitation created (for a server that hands out one Location for all).</summary>
    public Invitation? First { get; private set; }

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    private static string NewToken() => "cwt=" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    private static string NewId(int hex = 12) => RandomNumberGenerator.GetHexString(hex, lowercase: true);

    public Account? AccountWithToken(string? token) => Accounts.FirstOrDefault(a => a.Token == token);

    public Account? AccountNamed(string? username) => Accounts.FirstOrDefault(a => string.Equals(a.Username, username, StringComparison.OrdinalIgnoreCase));

    // --- Applications --------------------------------------------------------------------------------------

    /// <summary>POST applications: always a new application (its own id, resources and event channel).</summary>
    public Application CreateApplication(Account account, string culture, string userAgent)
    {
        var id = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var application = new Application(account, id, TimeSpan.FromMilliseconds(_behaviour.EventHoldMs)) { Culture = culture, UserAgent = userAgent };
        _applications[application.Href] = application;
        return application;
    }

    /// <summary>The application a path belongs to, when it exists and the account owns it.</summary>
    public Application? ApplicationOf(string path, Account? account)
    {
        var rest = path.StartsWith(ApplicationsPath + "/", StringComparison.Ordinal) ? path[(ApplicationsPath.Length + 1)..] : null;
        if (rest is null) return null;
        var id = rest.Split('/')[0];
        return _applications.TryGetValue($"{ApplicationsPath}/{id}", out var a) && (account is null || a.Account == account) ? a : null;
    }

    /// <summary>DELETE on the application: it and everything in it are gone; a held event request is answered 404.</summary>
    public void DeleteApplication(Application application)
    {
        lock (_gate)
        {
            _applications.TryRemove(application.Href, out _);
            foreach (var c in _conversations.Values.Where(c => c.Application == application)) _conversations.TryRemove(c.Href, out _);
            application.Events.Close();
            _idleOfDeleted += application.Events.IdleAnswers;
        }
    }

    private int _idleOfDeleted;

    /// <summary>Idle event answers sent (a hold that ran out with no event), over every application, deleted ones included.</summary>
    public int IdleEventAnswers
    {
        get { lock (_gate) return _idleOfDeleted + _applications.Values.Sum(a => a.Events.IdleAnswers); }
    }

    public IEnumerable<Application> Applications => _applications.Values;

    /// <summary>Every conversation created, in order (also those since left).</summary>
    public IReadOnlyList<Conversation> Created { get { lock (_gate) return [.. _created]; } }

    private readonly List<Conversation> _created = [];

    private void Add(Conversation conversation)
    {
        _conversations[conversation.Href] = conversation;
        _created.Add(conversation);
    }

    /// <summary>makeMeAvailable (ReceiveAnIM.md step 7): me updated, presence, note and location added, communication updated.</summary>
    public bool MakeMeAvailable(Application application, IReadOnlyList<string> modalities)
    {
        lock (_gate)
        {
            if (application.Available) return false;
            application.Available = true;
            application.SupportedModalities = modalities.Count > 0 ? modalities : ["Messaging"];
            application.CommunicationEtag = Application.NewEtag();
            var channel = application.Events;
            channel.Publish(new StubEvent(application.Me, "updated", "me", application.MeHref, null));
            foreach (var rel in new[] { "presence", "note", "location" })
                channel.Publish(new StubEvent(application.Me, "added", rel, $"{application.MeHref}/{rel}", null));
            channel.Publish(new StubEvent(application.Communication, "updated", "communication", application.CommunicationHref, _views.Communication(application)));
            return true;
        }
    }

    /// <summary>PUT on communication: accepted (a new ETag) only with the echoed property and, when If-Match is sent, the current ETag.</summary>
    public void UpdateCommunication(Application application)
    {
        lock (_gate)
        {
            application.CommunicationEtag = Application.NewEtag();
            application.Events.Publish(new StubEvent(application.Communication, "updated", "communication", application.CommunicationHref, _views.Communication(application)));
        }
    }

    // --- Reading -------------------------------------------------------------------------------------------

    /// <summary>The resource at <paramref name="path"/> (no query), as GET answers it; null when there is none.</summary>
    public StubResource? Read(Application application, string path)
    {
        if (path == application.Href) return _views.Application(application);
        if (path == application.MeHref) return _views.Me(application);
        if (application.Available && path.StartsWith(application.MeHref + "/", StringComparison.Ordinal)
            && path[(application.MeHref.Length + 1)..] is "presence" or "note" or "location" && _views.MeDetail(application, path) is { } detail)
            return detail;
        if (path == application.PeopleHref) return _views.People(application);
        if (path == application.OnlineMeetingsHref) return _views.OnlineMeetings(application);
        if (path == application.PoliciesHref) return _views.Policies(application);
        if (path == application.CommunicationHref) return _views.Communication(application);
        if (path == application.ConversationsHref) return _views.Conversations(application, ConversationsOf(application));
        if (_conversations.TryGetValue(path, out var conversation) && conversation.Application == application) return _views.Conversation(conversation);
        if (_operations.TryGetValue(path, out var operation) && operation.Href.StartsWith(application.Href + "/", StringComparison.Ordinal))
            return _views.Operation(operation);
        if (_invitations.TryGetValue(path, out var invitation) && invitation.Href.StartsWith(application.Href + "/", StringComparison.Ordinal))
            return _invitationWriter.ToResource(invitation);
        foreach (var c in ConversationsOf(application))
        {
            if (path == c.Href + "/participants") return _views.Participants(c);
            if (path == c.LocalParticipantHref) return _views.LocalParticipant(c);
            if (c.Participants.FirstOrDefault(p => p.Href == path) is { } participant) return _views.Participant(c, participant);
        }

        return null;
    }

    private List<Conversation> ConversationsOf(Application application)
    {
        lock (_gate) return [.. _conversations.Values.Where(c => c.Application == application && c.IsActive)];
    }

    public Conversation? ConversationWithId(Application application, string? id) =>
        id is null ? null : _conversations.GetValueOrDefault($"{application.ConversationsHref}/{id}");

    public Conversation? ConversationAt(string path) => _conversations.GetValueOrDefault(path);

    // --- Conversations ---------------------------------------------------------------------------------------

    /// <summary>
    /// startOnlineMeeting (startOnlineMeeting_ref.md, signin flow §6.5, inferred order): the meeting invitation
    /// starts, a new conversation is added, becomes Conferencing, the local participant joins, the
    /// conversation is Conferenced (with addParticipant), and the invitation completes with success.
    /// </summary>
    public Operation StartMeeting(Application application, string? operationId, string subject)
    {
        lock (_gate)
        {
            var conversation = new Conversation(application, subject) { IsMeeting = true };
            Add(conversation);
            var meeting = new Operation("onlineMeetingInvitation", $"{application.OnlineMeetingInvitationsHref}/{NewId(8)}", conversation.Href, operationId, null);
            _operations[meeting.Href] = meeting;
            var channel = application.Events;
            channel.Publish(new StubEvent(application.Communication, "started", meeting.Rel, meeting.Href, _views.Operation(meeting)));
            channel.Publish(ConversationEvent(conversation, "added"));
            conversation.State = "Conferencing";
            channel.Publish(ConversationEvent(conversation, "updated"));
            channel.Publish(new StubEvent(conversation.AsSender, "added", "localParticipant", conversation.LocalParticipantHref, _views.LocalParticipant(conversation)));
            conversation.State = "Conferenced";
            channel.Publish(ConversationEvent(conversation, "updated"));
            meeting.State = "Connected";
            channel.Publish(new StubEvent(application.Communication, "completed", meeting.Rel, meeting.Href, _views.Operation(meeting), "Success"));
            return meeting;
        }
    }

    /// <summary>
    /// startMessaging (SendAnIM.md): the messagingInvitation starts and a new two-party conversation is added
    /// (Connecting); when the invitee accepts, the participant is added, the conversation is Connected (with
    /// addParticipant) and the invitation completes with success. When <paramref name="to"/> is a test account
    /// with an available application (makeMeAvailable), that application receives the incoming invitation on
    /// its own channel (ReceiveAnIM.md) and its accept or decline is the answer; anyone else answers as the
    /// <c>invitee</c> knob says.
    /// </summary>
    public Operation StartMessaging(Application application, string to, string? operationId, string subject)
    {
        Operation invitation;
        Application? receiver;
        lock (_gate)
        {
            var conversation = new Conversation(application, subject);
            Add(conversation);
            invitation = new Operation("messagingInvitation", $"{application.MessagingInvitationsHref}/{NewId(32)}", conversation.Href, operationId, to);
            _operations[invitation.Href] = invitation;
            var channel = application.Events;
            channel.Publish(new StubEvent(application.Communication, "started", invitation.Rel, invitation.Href, _views.Operation(invitation)));
            channel.Publish(ConversationEvent(conversation, "added"));
            channel.Publish(new StubEvent(conversation.AsSender, "added", "localParticipant", conversation.LocalParticipantHref, _views.LocalParticipant(conversation)));
            receiver = _applications.Values.Where(a => a.Available && a != application && string.Equals(a.Account.SipUri, to, StringComparison.OrdinalIgnoreCase))
                .OrderBy(a => a.Href, StringComparer.Ordinal).FirstOrDefault();
        }

        void Accepted()
        {
            var conversation = _conversations.GetValueOrDefault(invitation.ConversationHref);
            if (invitation.IsFinished || conversation is null) return;
            AddParticipant(conversation, to);
            conversation.State = "Connected";
            application.Events.Publish(ConversationEvent(conversation, "updated"));
            invitation.State = "Connected";
            application.Events.Publish(new StubEvent(application.Communication, "completed", invitation.Rel, invitation.Href, _views.Operation(invitation), "Success"));
        }

        void Failed(Reason reason)
        {
            if (invitation.IsFinished) return;
            invitation.State = "Failed";
            application.Events.Publish(new StubEvent(application.Communication, "completed", invitation.Rel, invitation.Href, _views.Operation(invitation), "Failure", reason));
            if (_conversations.GetValueOrDefault(invitation.ConversationHref) is { } conversation)
            {
                conversation.State = "Disconnected";
                application.Events.Publish(ConversationEvent(conversation, "updated"));
            }
        }

        if (receiver is null) Invite(to, Accepted, Failed);
        else Receive(receiver, application, subject, Accepted, Failed);
        return invitation;
    }

    /// <summary>
    /// The invitee's side of startMessaging (ReceiveAnIM.md steps 8–15): an incoming messagingInvitation
    /// (accept and decline links), a conversation added Incoming (no addParticipant), the local participant and
    /// then the inviter added. Accept: the conversation is Connected and the invitation completes with success,
    /// on both sides. Decline, or no answer within about thirty seconds: it fails on both sides.
    /// </summary>
    private void Receive(Application receiver, Application inviter, string subject, Action accepted, Action<Reason> failed)
    {
        lock (_gate)
        {
            var conversation = new Conversation(receiver, subject) { State = "Incoming" };
            Add(conversation);
            var incoming = new Operation("messagingInvitation", $"{receiver.MessagingInvitationsHref}/{NewId(32)}", conversation.Href, null, null)
            {
                Direction = "Incoming",
                Subject = subject,
            };
            _operations[incoming.Href] = incoming;
            var channel = receiver.Events;
            void Completed(string state, Reason? reason)
            {
                incoming.State = state;
                channel.Publish(new StubEvent(receiver.Communication, "completed", incoming.Rel, incoming.Href, _views.Operation(incoming), reason is null ? "Success" : "Failure", reason));
            }

            incoming.Answer = accept =>
            {
                if (incoming.IsFinished) return;
                if (accept)
                {
                    conversation.State = "Connected";
                    channel.Publish(ConversationEvent(conversation, "updated"));
                    Completed("Connected", null);
                    accepted();
                }
                else
                {
                    conversation.State = "Disconnected";
                    Completed("Declined", new Reason(0, "LocalFailure", "Declined", "The invitation was declined."));
                    failed(new Reason(0, "RemoteFailure", "Declined", "Your invitation was declined."));
                }
            };
            channel.Publish(new StubEvent(receiver.Communication, "started", incoming.Rel, incoming.Href, _views.Operation(incoming)));
            channel.Publish(ConversationEvent(conversation, "added"));
            channel.Publish(new StubEvent(conversation.AsSender, "added", "localParticipant", conversation.LocalParticipantHref, _views.LocalParticipant(conversation)));
            AddParticipant(conversation, inviter.Account.SipUri);
            _ = Later(_behaviour.UnansweredAfterMs, () =>
            {
                lock (_gate)
                {
                    if (incoming.IsFinished) return;
                    Completed("Failed", new Reason(0, "LocalFailure", "Timeout", "The invitation was not answered."));
                    failed(new Reason(0, "RemoteFailure", "Timeout", "The invitation was not answered."));
                }
            });
        }
    }

    /// <summary>POST on an incoming invitation's accept or decline: false when there is none to answer (gone, or answered already).</summary>
    public bool AnswerIncoming(Application application, string path, bool accept)
    {
        lock (_gate)
        {
            if (_operations.GetValueOrDefault(path) is not { Direction: "Incoming", Answer: { } answer } incoming
                || !incoming.Href.StartsWith(application.Href + "/", StringComparison.Ordinal) || incoming.IsFinished)
                return false;
            answer(accept);
            return true;
        }
    }

    /// <summary>DELETE on the conversation: the user leaves it, and the conversation deleted event follows (conversation_ref.md).</summary>
    public void LeaveConversation(Conversation conversation)
    {
        lock (_gate)
        {
            conversation.State = "Disconnected";
            _conversations.TryRemove(conversation.Href, out _);
            var application = conversation.Application;
            application.Events.Publish(new StubEvent(application.Communication, "deleted", "conversation", conversation.Href, null));
        }
    }

    private StubEvent ConversationEvent(Conversation conversation, string type) =>
        new(conversation.Application.Communication, type, "conversation", conversation.Href, _views.Conversation(conversation));

    /// <summary>The invitee joins: it appears in the roster (participant added, sender the conversation).</summary>
    private void AddParticipant(Conversation conversation, string uri)
    {
        var participant = new Participant(conversation.ParticipantHref(uri), uri, uri);
        conversation.Participants.Add(participant);
        if (!_behaviour.SendParticipantAddedEvent) return;
        conversation.Application.Events.Publish(new StubEvent(conversation.AsSender, "added", "participant", participant.Href,
            _views.Participant(conversation, participant), In: ("participants", conversation.Href + "/participants")));
    }

    // --- participantInvitations (addParticipant) ------------------------------------------------------------

    /// <summary>
    /// addParticipant (addParticipant_ref.md): the invitation starts (Connecting). A two-party conversation is
    /// first escalated (Conferencing, then Conferenced; the documented order, the events inferred). The
    /// outcome is the invitee's: when it accepts, the participant appears in the roster and only then does
    /// the invitation complete with success (participantInvitation_ref.md).
    /// </summary>
    public Invitation CreateInvitation(Conversation conversation, string to, string? operationId)
    {
        Invitation invitation;
        var escalation = _behaviour.Escalation;
        Conversation joined;
        var escalateLater = false;
        lock (_gate)
        {
            var twoParty = conversation.State == "Connected";
            joined = conversation;
            if (twoParty && escalation.IntoNewConversation)
            {
                // A server that "escalates" by replacing the conversation with a new resource.
                joined = new Conversation(conversation.Application, conversation.Subject) { IsMeeting = true };
                Add(joined);
            }

            invitation = new Invitation($"{conversation.Application.ParticipantInvitationsHref}/{NewId()}", joined.Href, to, operationId, _behaviour.InvitationState, joined.ThreadId, joined.LocalParticipantHref);
            _invitations[invitation.Href] = invitation;
            First ??= invitation;
            var channel = conversation.Application.Events;
            if (_behaviour.SendStartedEvent) channel.Publish(InvitationEvent("started", invitation, conversation.Application));
            if (joined != conversation) channel.Publish(ConversationEvent(joined, "added"));
            if (twoParty && escalation.Escalate)
            {
                if (escalation.AfterCompletion) escalateLater = true;
                else Escalate(joined);
            }
        }

        var href = invitation.Href;
        void Complete()
        {
            lock (_gate)
            {
                if (!Finish(href, "Connected", null)) return;
                if (escalateLater) Escalate(joined);
            }
        }

        Invite(to, accepted: () =>
        {
            if (!_invitations.TryGetValue(href, out var current) || current.IsFinished) return;
            if (_conversations.GetValueOrDefault(current.ConversationHref) is { } c) AddParticipant(c, to);
            if (_behaviour.CompleteAfterMs < 0) return; // a server that never reports the outcome
            if (_behaviour.CompleteAfterMs == 0) Complete();
            else _ = Later(_behaviour.CompleteAfterMs, Complete);
        }, failed: reason =>
        {
            if (_behaviour.CompleteAfterMs >= 0) Finish(href, "Failed", reason);
        });
        return invitation;
    }

    /// <summary>The conversation becomes a conference: updated Conferencing, then Conferenced (with addParticipant still offered).</summary>
    private void Escalate(Conversation conversation)
    {
        var channel = conversation.Application.Events;
        conversation.State = "Conferencing";
        channel.Publish(ConversationEvent(conversation, "updated"));
        conversation.State = "Conferenced";
        channel.Publish(ConversationEvent(conversation, "updated"));
    }

    public Invitation? FindInvitation(string path) => _invitations.GetValueOrDefault(path);

    /// <summary>Ends an invitation once: Cancelled (by its cancel link), Connected or Failed (the invitee's answer).</summary>
    public bool Finish(string href, string state, Reason? reason)
    {
        lock (_gate)
        {
            if (!_invitations.TryGetValue(href, out var current) || current.IsFinished) return false;
            var finished = current with { State = state };
            _invitations[href] = finished;
            var application = _applications.Values.FirstOrDefault(a => href.StartsWith(a.Href + "/", StringComparison.Ordinal));
            if (_behaviour.InvitationUpdatedEvent && application is not null) application.Events.Publish(InvitationEvent("updated", current, application));
            application?.Events.Publish(InvitationEvent("completed", finished, application) with
            {
                Status = _behaviour.CompletedStatus ? (reason is null ? "Success" : "Failure") : null,
                Reason = reason,
            });
            return true;
        }
    }

    /// <summary>An event about a participantInvitation, with the deviation knobs that concern events applied.</summary>
    private StubEvent InvitationEvent(string type, Invitation invitation, Application application)
    {
        var embedded = _invitationWriter.ToResource(_behaviour.EventOperationId is null ? invitation : invitation with { OperationId = _behaviour.EventOperationId });
        return new StubEvent(application.Communication, type, "participantInvitation", invitation.Href + _behaviour.EventHrefSuffix, embedded);
    }

    // --- The invitee ----------------------------------------------------------------------------------------

    /// <summary>
    /// The invitee's answer, as the <c>invitee</c> knob says, counted from the invitation (not from anything the
    /// inviter does): accept or decline after its delay, or never, in which case the server gives up after
    /// about thirty seconds (participantInvitation_ref.md, messagingInvitation_ref.md).
    /// </summary>
    private void Invite(string to, Action accepted, Action<Reason> failed)
    {
        var invitee = _behaviour.Invitee;
        switch (invitee.Answer)
        {
            case "accept":
                _ = Later(invitee.AnswerAfterMs, () => { lock (_gate) accepted(); });
                break;
            case "decline":
                _ = Later(invitee.AnswerAfterMs, () => { lock (_gate) failed(new Reason(0, "RemoteFailure", "Declined", "Your invitation was declined.")); });
                break;
            default: // never
                _ = Later(_behaviour.UnansweredAfterMs, () => { lock (_gate) failed(new Reason(0, "RemoteFailure", "Timeout", "The invitation was not answered.")); });
                break;
        }
    }

    private static async Task Later(int milliseconds, Action then)
    {
        await Task.Delay(milliseconds).ConfigureAwait(false);
        then();
    }
}
