using System.Collections.Concurrent;
using System.Security.Cryptography;
using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub;

/// <summary>What the stub remembers: one application, one conversation, and the invitations created in it.</summary>
internal sealed class StubState
{
    private readonly ConcurrentDictionary<string, Invitation> _invitations = new(StringComparer.Ordinal);

    public StubState()
    {
        var application = RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        ConversationId = RandomNumberGenerator.GetHexString(8, lowercase: true);
        ApplicationPath = $"/ucwa/oauth/v1/applications/{application}";
        AccessToken = "cwt=" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
    }

    public string ApplicationPath { get; }

    public string ConversationId { get; }

    public string AccessToken { get; }

    /// <summary>The real-server shape of the addParticipant link (SendAnIM.md), without its query.</summary>
    public string AddParticipantPath => ApplicationPath + "/communication/participantInvitations";

    public string ConversationHref => $"{ApplicationPath}/communication/conversations/{ConversationId}";

    public Invitation Create(string to, string? operationId)
    {
        var id = RandomNumberGenerator.GetHexString(12, lowercase: true);
        var invitation = new Invitation($"{AddParticipantPath}/{id}", ConversationHref, to, operationId, "Connecting", RandomNumberGenerator.GetHexString(32, lowercase: true));
        _invitations[invitation.Href] = invitation;
        return invitation;
    }

    public Invitation? Find(string path) => _invitations.GetValueOrDefault(path);
}
