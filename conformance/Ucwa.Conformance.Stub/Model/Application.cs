using System.Security.Cryptography;
using Ucwa.Conformance.Stub.Events;

namespace Ucwa.Conformance.Stub.Model;

/// <summary>
/// One application (application_ref.md): created by each POST on applications, owned by an account, with its
/// own event channel and resources (me, people, onlineMeetings, communication, policies). Hrefs have the
/// real-server shapes of CreateAnApplication.md.
/// </summary>
internal sealed class Application(Account account, string id, TimeSpan eventHold)
{
    public Account Account { get; } = account;

    public string Id { get; } = id;

    public string Href { get; } = $"{StubModel.ApplicationsPath}/{id}";

    public EventChannel Events { get; } = new(eventHold);

    public string Culture { get; init; } = "en-US";

    public string UserAgent { get; init; } = "";

    /// <summary>After makeMeAvailable: the user can receive invitations, and me links presence, note, location.</summary>
    public bool Available { get; set; }

    public IReadOnlyList<string> SupportedModalities { get; set; } = [];

    /// <summary>The randomly named property a PUT on communication must echo (PayloadFormat.md).</summary>
    public string PutToken { get; } = Guid.NewGuid().ToString();

    /// <summary>communication's ETag, changed by each accepted PUT.</summary>
    public string CommunicationEtag { get; set; } = NewEtag();

    public static string NewEtag() => RandomNumberGenerator.GetInt32(1_000_000_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string EventsHref => Href + "/events";

    public string MeHref => Href + "/me";

    public string PeopleHref => Href + "/people";

    public string OnlineMeetingsHref => Href + "/onlineMeetings";

    public string PoliciesHref => Href + "/policies";

    public string BatchHref => Href + "/batch";

    public string CommunicationHref => Href + "/communication";

    public string ConversationsHref => CommunicationHref + "/conversations";

    /// <summary>startMessaging's real href (SendAnIM.md).</summary>
    public string MessagingInvitationsHref => CommunicationHref + "/messagingInvitations";

    /// <summary>joinOnlineMeeting's href; startOnlineMeeting adds <c>?onlineMeetingUri=adhoc</c>.</summary>
    public string OnlineMeetingInvitationsHref => CommunicationHref + "/onlineMeetingInvitations";

    /// <summary>The addParticipant factory, without its <c>?conversation=</c> query.</summary>
    public string ParticipantInvitationsHref => CommunicationHref + "/participantInvitations";

    public EventSender Communication => new("communication", CommunicationHref);

    public EventSender Me => new("me", MeHref);
}
