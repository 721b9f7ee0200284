using System.Security.Cryptography;
using Ucwa.Conformance.Stub.Events;

namespace Ucwa.Conformance.Stub.Model;

/// <summary>
/// A conversation as one application sees it (conversation_ref.md): its state (Connecting, Connected,
/// Conferencing, Conferenced, Disconnected …) and its roster. Each ad hoc meeting and each startMessaging
/// makes a new one.
/// </summary>
internal sealed class Conversation(Application application, string subject)
{
    public Application Application { get; } = application;

    public string Id { get; } = RandomNumberGenerator.GetHexString(8, lowercase: true);

    public string Href => $"{Application.ConversationsHref}/{Id}";

    public string Subject { get; } = subject;

    public string ThreadId { get; } = RandomNumberGenerator.GetHexString(32, lowercase: true);

    public string State { get; set; } = "Connecting";

    public bool IsMeeting { get; init; }

    /// <summary>The other participants, in the order they joined (the local participant is not among them).</summary>
    public List<Participant> Participants { get; } = [];

    /// <summary>The real-server shape of the addParticipant link (SendAnIM.md step 8).</summary>
    public string AddParticipantHref => $"{Application.ParticipantInvitationsHref}?conversation={Id}";

    public string LocalParticipantHref => ParticipantHref(Application.Account.SipUri);

    public string MessagingHref => Href + "/messaging";

    /// <summary>A participant's href names it by its address, as in the traces (<c>…/participants/toshm@contoso.com</c>).</summary>
    public string ParticipantHref(string uri)
    {
        var name = uri.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? uri[4..] : uri;
        return $"{Href}/participants/{string.Concat(name.Select(c => c is '/' or '?' or '#' or '%' or ' ' ? Uri.EscapeDataString(c.ToString()) : c.ToString()))}";
    }

    public EventSender AsSender => new("conversation", Href);

    public bool IsActive => State is not ("Disconnected" or "Disconnecting");
}

/// <summary>A participant in a conversation's roster.</summary>
internal sealed record Participant(string Href, string Uri, string Name);
