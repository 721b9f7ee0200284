using System.Collections.Concurrent;
using System.Security.Cryptography;
using Ucwa.Conformance.Stub.Events;
using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub;

/// <summary>
/// What the stub remembers: one application, one conversation, the invitations created in it, and the
/// application's event channel, on which each invitation is reported started and then completed.
/// </summary>
internal sealed class StubState
{
    private readonly ConcurrentDictionary<string, Invitation> _invitations = new(StringComparer.Ordinal);
    private readonly StubBehaviour _behaviour;
    private readonly InvitationWriter _invitationWriter;

    public StubState(StubBehaviour behaviour, string? accessToken)
    {
        _behaviour = behaviour;
        _invitationWriter = new InvitationWriter(behaviour);
        var application = RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        ConversationId = RandomNumberGenerator.GetHexString(8, lowercase: true);
        ApplicationPath = $"{ApplicationsPath}/{application}";
        AccessToken = accessToken ?? "cwt=" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        Events = new EventChannel(TimeSpan.FromMilliseconds(behaviour.EventHoldMs));
    }

    public string ApplicationPath { get; }

    public string ConversationId { get; }

    public string AccessToken { get; }

    public EventChannel Events { get; }

    /// <summary>The real-server shape of the addParticipant link (SendAnIM.md), without its query.</summary>
    public string AddParticipantPath => ApplicationPath + "/communication/participantInvitations";

    public string EventsPath => ApplicationPath + "/events";

    public string CommunicationHref => ApplicationPath + "/communication";

    public string ConversationHref => $"{ApplicationPath}/communication/conversations/{ConversationId}";

    public Invitation Create(string to, string? operationId)
    {
        var id = RandomNumberGenerator.GetHexString(12, lowercase: true);
        var invitation = new Invitation($"{AddParticipantPath}/{id}", ConversationHref, to, operationId, _behaviour.InvitationState, RandomNumberGenerator.GetHexString(32, lowercase: true));
        _invitations[invitation.Href] = invitation;
        lock (_invitations) First ??= invitation;
        if (_behaviour.SendStartedEvent) Events.Publish(InvitationEvent("started", invitation));
        _ = FailUnansweredAsync(invitation.Href);
        return invitation;
    }

    public Invitation? Find(string path) => _invitations.GetValueOrDefault(path);

    /// <summary>A client read the invitation: the invitee answers a little later (once per invitation).</summary>
    public void Read(Invitation invitation)
    {
        if (_behaviour.CompleteAfterMs >= 0 && _read.TryAdd(invitation.Href, true)) _ = CompleteLaterAsync(invitation.Href);
    }

    private readonly ConcurrentDictionary<string, bool> _read = new(StringComparer.Ordinal);

    // --- The test account, its application and its ad hoc meeting (the sign-in flow) ---------------------
    public const string ApplicationsPath = "/ucwa/oauth/v1/applications";

    public string Username { get; init; } = "conformance@contoso.com";

    public string Password { get; init; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    /// <summary>What happened to the application and the conversation, in order, for logs and tests.</summary>
    public IReadOnlyList<string> Lifecycle { get { lock (_lifecycle) return [.. _lifecycle]; } }

    private readonly List<string> _lifecycle = [];
    private string _conversationState = "Connecting";

    private void Log(string what)
    {
        lock (_lifecycle) _lifecycle.Add(what);
    }

    public void ApplicationCreated() => Log("application created");

    public void ApplicationDeleted() => Log("application deleted");

    public void LeaveConversation()
    {
        _conversationState = "Disconnected";
        Log("conversation left");
    }

    /// <summary>The conversation as a client reads it: addParticipant is offered once it is Conferenced (signin flow §6).</summary>
    public StubResource Conversation() =>
        new("conversation", ConversationHref, [("state", _conversationState)],
            _conversationState == "Conferenced" && _behaviour.ConversationOffersAddParticipant
                ? [("addParticipant", $"{AddParticipantPath}?conversation={ConversationId}")]
                : []);

    /// <summary>startOnlineMeeting: the meeting invitation starts, the conversation is added and becomes Conferenced, the invitation completes.</summary>
    public string StartMeeting(string? operationId)
    {
        var href = $"{CommunicationHref}/onlineMeetingInvitations/{RandomNumberGenerator.GetHexString(8, lowercase: true)}";
        Log("ad hoc meeting started");
        StubResource Meeting(string state) => new("onlineMeetingInvitation", href,
            [("direction", "Outgoing"), ("state", state), .. operationId is null ? [] : new[] { ("operationId", operationId) }],
            [("conversation", ConversationHref)]);
        Events.Publish(new StubEvent("started", "onlineMeetingInvitation", href, Meeting("Connecting")));
        _conversationState = "Conferencing";
        Events.Publish(new StubEvent("added", "conversation", ConversationHref, Conversation()));
        _conversationState = "Conferenced";
        Events.Publish(new StubEvent("updated", "conversation", ConversationHref, Conversation()));
        Events.Publish(new StubEvent("completed", "onlineMeetingInvitation", href, Meeting("Connected"), "Success"));
        return href;
    }

    /// <summary>The first invitation created (for a server that hands out one Location for all).</summary>
    public Invitation? First { get; private set; }

    /// <summary>Ends an invitation once: Cancelled (by its cancel link) or Connected (the invitee answered).</summary>
    public bool Finish(string href, string state, Reason? reason)
    {
        while (_invitations.TryGetValue(href, out var current) && !current.IsFinished)
        {
            var finished = current with { State = state };
            if (!_invitations.TryUpdate(href, finished, current)) continue;
            if (_behaviour.InvitationUpdatedEvent) Events.Publish(InvitationEvent("updated", current));
            Events.Publish(InvitationEvent("completed", finished) with
            {
                Status = _behaviour.CompletedStatus ? (reason is null ? "Success" : "Failure") : null,
                Reason = reason,
            });
            return true;
        }

        return false;
    }

    /// <summary>An event about a participantInvitation, with the deviation knobs that concern events applied.</summary>
    private StubEvent InvitationEvent(string type, Invitation invitation)
    {
        var embedded = _invitationWriter.ToResource(_behaviour.EventOperationId is null ? invitation : invitation with { OperationId = _behaviour.EventOperationId });
        return new StubEvent(type, "participantInvitation", invitation.Href + _behaviour.EventHrefSuffix, embedded);
    }

    // The invitee "answers" after a while, as a test account with auto-answer would.
    private async Task CompleteLaterAsync(string href)
    {
        await Task.Delay(_behaviour.CompleteAfterMs).ConfigureAwait(false);
        Finish(href, "Connected", null);
    }

    private async Task FailUnansweredAsync(string href)
    {
        if (_behaviour.CompleteAfterMs < 0) return; // a server that never completes
        await Task.Delay(_behaviour.UnansweredAfterMs).ConfigureAwait(false);
        if (!_read.ContainsKey(href))
            Finish(href, "Failed", new Reason(0, "RemoteFailure", "Timeout", "The invitation was not answered."));
    }
}
