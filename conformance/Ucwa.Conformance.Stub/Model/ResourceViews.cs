using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub.Model;

/// <summary>
/// The model's resources as GET and the events show them, in the shapes of the documentation's real
/// samples (CreateAnApplication.md step 10, ReceiveAnIM.md step 3, SendAnIM.md). A link is offered only to
/// what the stub implements; what it leaves out is listed in the README.
/// </summary>
internal sealed class ResourceViews(StubBehaviour behaviour)
{
    /// <summary>The application, with me, people, onlineMeetings and communication embedded (application_ref.md).</summary>
    public StubResource Application(Application a) =>
        new("application", a.Href, [("culture", a.Culture), ("userAgent", a.UserAgent)],
            [("policies", a.PoliciesHref), ("batch", a.BatchHref), ("events", a.EventsHref + "?ack=1")],
            Embedded: [("me", Me(a)), ("people", People(a)), ("onlineMeetings", OnlineMeetings(a)), ("communication", Communication(a))]);

    /// <summary>me: makeMeAvailable until it was called, then presence, note, location and reportMyActivity (me_ref.md).</summary>
    public StubResource Me(Application a) =>
        new("me", a.MeHref, [("name", a.Account.DisplayName), ("uri", a.Account.SipUri)],
            a.Available
                ? [("note", a.MeHref + "/note"), ("presence", a.MeHref + "/presence"), ("location", a.MeHref + "/location"), ("reportMyActivity", a.MeHref + "/reportMyActivity")]
                : [("makeMeAvailable", a.MeHref + "/makeMeAvailable")]);

    public StubResource? MeDetail(Application a, string path) => path[(a.MeHref.Length + 1)..] switch
    {
        "presence" => new StubResource("presence", path, [("availability", "Online")], []),
        "note" => new StubResource("note", path, [("message", ""), ("type", "Personal")], []),
        "location" => new StubResource("location", path, [("location", "")], []),
        _ => null,
    };

    /// <summary>people: only its self link (contacts, groups, search and presence subscriptions are not implemented).</summary>
    public StubResource People(Application a) => new("people", a.PeopleHref, [], []);

    /// <summary>onlineMeetings: only its self link (scheduled meetings are not implemented; ad hoc ones are).</summary>
    public StubResource OnlineMeetings(Application a) => new("onlineMeetings", a.OnlineMeetingsHref, [], []);

    public StubResource Policies(Application a) =>
        new("policies", a.PoliciesHref, [], []);

    /// <summary>
    /// communication (communication_ref.md): the property a PUT must echo, supportedModalities (empty until
    /// makeMeAvailable), supportedMessageFormats, its etag, and the conversation factories.
    /// </summary>
    public StubResource Communication(Application a) =>
        new("communication", a.CommunicationHref, [(a.PutToken, "please pass this in a PUT request"), ("etag", a.CommunicationEtag)],
            [
                ("conversations", a.ConversationsHref + "?filter=active"),
                ("startMessaging", a.MessagingInvitationsHref),
                ("startOnlineMeeting", a.OnlineMeetingInvitationsHref + "?onlineMeetingUri=adhoc"),
                ("joinOnlineMeeting", a.OnlineMeetingInvitationsHref),
            ],
            Lists: [("supportedModalities", a.SupportedModalities), ("supportedMessageFormats", ["Plain"])]);

    /// <summary>conversations?filter=active: a link to each active conversation, always as an array (PayloadFormat.md).</summary>
    public StubResource Conversations(Application a, IReadOnlyList<Conversation> active) =>
        new("conversations", a.ConversationsHref, [], [], LinkArrays: [("conversation", [.. active.Select(c => c.Href)])]);

    /// <summary>A conversation: addParticipant is offered once it is Connected or Conferenced (signin flow §6.2).</summary>
    public StubResource Conversation(Conversation c)
    {
        var links = new List<(string, string)> { ("participants", c.Href + "/participants"), ("localParticipant", c.LocalParticipantHref) };
        if (c.State is "Connected" or "Conferenced" && behaviour.ConversationOffersAddParticipant) links.Add(("addParticipant", c.AddParticipantHref));
        return new StubResource("conversation", c.Href,
            [("state", c.State), ("subject", c.Subject), ("threadId", c.ThreadId), ("importance", "Normal")],
            links, Lists: [("activeModalities", c.IsMeeting ? [] : c.State == "Connected" ? ["Messaging"] : [])]);
    }

    public StubResource Participants(Conversation c) =>
        new("participants", c.Href + "/participants", [], [("localParticipant", c.LocalParticipantHref)],
            LinkArrays: [("participant", [.. c.Participants.Select(p => p.Href)])]);

    public StubResource LocalParticipant(Conversation c) =>
        new("localParticipant", c.LocalParticipantHref,
            [("name", c.Application.Account.DisplayName), ("uri", c.Application.Account.SipUri)], [("conversation", c.Href)]);

    public StubResource Participant(Conversation c, Participant p) =>
        new("participant", p.Href, [("name", p.Name), ("uri", p.Uri)], [("conversation", c.Href)]);

    /// <summary>
    /// An onlineMeetingInvitation or messagingInvitation (OperationResource.md, SendAnIM.md step 4); an incoming
    /// one links accept and decline until it is answered (ReceiveAnIM.md step 8).
    /// </summary>
    public StubResource Operation(Operation o) =>
        new(o.Rel, o.Href,
            [("direction", o.Direction), ("importance", "Normal"), ("state", o.State),
             .. o.OperationId is null ? [] : new[] { ("operationId", o.OperationId) },
             .. o.To is null ? [] : new[] { ("to", o.To) },
             .. o.Subject is null ? [] : new[] { ("subject", o.Subject) }],
            [("conversation", o.ConversationHref),
             .. o.Direction == "Incoming" && !o.IsFinished ? new[] { ("accept", o.AcceptHref), ("decline", o.DeclineHref) } : []]);
}
