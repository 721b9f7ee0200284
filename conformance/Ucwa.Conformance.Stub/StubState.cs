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
        ApplicationPath = $"/ucwa/oauth/v1/applications/{application}";
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
        var invitation = new Invitation($"{AddParticipantPath}/{id}", ConversationHref, to, operationId, "Connecting", RandomNumberGenerator.GetHexString(32, lowercase: true));
        _invitations[invitation.Href] = invitation;
        lock (_invitations) First ??= invitation;
        if (_behaviour.SendStartedEvent) Events.Publish(InvitationEvent("started", invitation));
        if (_behaviour.CompleteAfterMs >= 0) _ = CompleteLaterAsync(invitation.Href);
        return invitation;
    }

    public Invitation? Find(string path) => _invitations.GetValueOrDefault(path);

    /// <summary>The first invitation created (for a server that hands out one Location for all).</summary>
    public Invitation? First { get; private set; }

    /// <summary>Ends an invitation once: Cancelled (by its cancel link) or Connected (the invitee answered).</summary>
    public bool Finish(string href, string state, Reason? reason)
    {
        while (_invitations.TryGetValue(href, out var current) && !current.IsFinished)
        {
            var finished = current with { State = state };
            if (!_invitations.TryUpdate(href, finished, current)) continue;
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
}
