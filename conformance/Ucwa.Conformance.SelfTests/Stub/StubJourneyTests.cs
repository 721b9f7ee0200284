using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.StubAsServer; // folder Stub/ (the name Stub would hide the Ucwa.Conformance.Stub namespace)

/// <summary>
/// A client's whole documented journey against the stub over TCP, as the task pages do it
/// (CreateAnApplication, ReceiveAnIM, SendAnIM, an ad hoc meeting and addParticipant, sign-out), with a
/// plain client that follows links: discovery, challenge, token, application, makeMeAvailable, the event
/// channel with timeout, every linked resource read, startMessaging to the peer and its acceptance, the
/// meeting, addParticipant with the invitee in the roster before success, leave, delete.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class StubJourneyTests
{
    [TestCase("json")]
    [TestCase("xml")]
    public async Task A_client_follows_the_documented_journey_from_discovery_to_sign_out(string format)
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var client = new UcwaClient(stub.BaseUrl, format == "xml");

        // Discovery, the challenge and the password grant (the discovery root and token endpoint answer JSON).
        using var rootAnswer = await client.SendAsync(HttpMethod.Get, stub.DiscoveryUrl);
        var user = client.Resolve(JsonNode.Parse(await rootAnswer.Content.ReadAsStringAsync())!["_links"]!["user"]!["href"]!.GetValue<string>());
        using var challenge = await client.SendAsync(HttpMethod.Get, user, withToken: false);
        challenge.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var oauth = challenge.Headers.WwwAuthenticate.Single(h => h.Scheme == "MsRtcOAuth").Parameter!;
        var tokenUrl = new Uri(oauth.Split('"')[1]);
        using var token = await client.SendAsync(HttpMethod.Post, tokenUrl,
            $"grant_type=password&username={Uri.EscapeDataString(stub.Username)}&password={Uri.EscapeDataString(stub.Password)}", "application/x-www-form-urlencoded");
        client.Token = JsonNode.Parse(await token.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        using var userAnswer = await client.SendAsync(HttpMethod.Get, user);
        var applications = client.Resolve(JsonNode.Parse(await userAnswer.Content.ReadAsStringAsync())!["_links"]!["applications"]!["href"]!.GetValue<string>());

        // The application, with me, people, onlineMeetings and communication embedded (CreateAnApplication.md step 10).
        using var created = await client.SendAsync(HttpMethod.Post, applications,
            client.Input(("userAgent", "journey"), ("endpointId", Guid.NewGuid().ToString()), ("culture", "en-US")));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Content.Headers.ContentLength.Should().BePositive();
        var application = await client.ReadAsync(created);
        var me = application.Embedded["me"];
        var communication = application.Embedded["communication"];
        application.Embedded.Keys.Should().Contain(["people", "onlineMeetings"]);
        communication.Links.Select(l => l.Key).Should().Contain(["startMessaging", "startOnlineMeeting", "joinOnlineMeeting", "conversations"]);
        communication.Properties["supportedMessageFormats"].Should().Be("Plain");

        // Every linked resource reads.
        foreach (var href in new[] { application.Href, application.Link("policies")!, me.Href, communication.Href, communication.Link("conversations")!,
                     application.Embedded["people"].Href, application.Embedded["onlineMeetings"].Href })
            (await client.GetAsync(client.Resolve(href))).Href.Should().NotBeEmpty();

        // makeMeAvailable, then the channel's first answer (ReceiveAnIM.md steps 1 and 7).
        using (var available = await client.SendAsync(HttpMethod.Post, client.Resolve(me.Link("makeMeAvailable")!), client.Input(("SupportedModalities", new[] { "Messaging" }))))
            available.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var events = new EventReader(client, client.Resolve(application.Link("events")! + "&timeout=180"));
        (await events.UntilAsync(e => e.Rel == "communication" && e.Type == "updated")).Select(e => (e.Sender, e.Type, e.Rel))
            .Should().Contain([("me", "updated", "me"), ("me", "added", "presence"), ("me", "added", "note"), ("me", "added", "location")]);
        var meNow = await client.GetAsync(client.Resolve(me.Href));
        foreach (var rel in new[] { "presence", "note", "location" }) await client.GetAsync(client.Resolve(meNow.Link(rel)!));
        (await client.GetAsync(client.Resolve(communication.Href))).Properties["supportedModalities"].Should().Be("Messaging");

        // startMessaging to the peer; the peer accepts: a Connected conversation with addParticipant (SendAnIM.md).
        using var messaging = await client.SendAsync(HttpMethod.Post, client.Resolve(communication.Link("startMessaging")!),
            client.Input(("to", "sip:" + stub.PeerUsername), ("operationId", "journey-im"), ("subject", "journey")));
        messaging.StatusCode.Should().Be(HttpStatusCode.Created);
        var imHref = messaging.Headers.Location!.ToString();
        var im = await events.UntilAsync(e => e.Href == imHref && e.Type == "completed");
        im.Last().Status.Should().Be("Success");
        var twoParty = client.Resolve(im.First(e => e.Rel == "conversation" && e.Type == "added").Href.ToString());
        var connected = await client.GetAsync(twoParty);
        connected.Properties["state"].Should().Be("Connected");
        connected.Link("addParticipant").Should().NotBeNull();

        // The ad hoc meeting: a new conversation, Conferenced, with addParticipant.
        using var meeting = await client.SendAsync(HttpMethod.Post, client.Resolve(communication.Link("startOnlineMeeting")!),
            client.Input(("operationId", "journey-meeting"), ("subject", "journey")));
        meeting.StatusCode.Should().Be(HttpStatusCode.Created);
        var meetingHref = meeting.Headers.Location!.ToString();
        var conferenced = (await events.UntilAsync(e => e.Href == meetingHref && e.Type == "completed"))
            .Last(e => e.Rel == "conversation" && e.Embedded?.Properties["state"] == "Conferenced");
        conferenced.Href.Should().NotBe(twoParty.AbsolutePath);
        (await client.GetAsync(client.Resolve(meetingHref))).Properties["state"].Should().Be("Connected");

        // addParticipant: the invitee appears in the roster before the invitation completes with success.
        using var invited = await client.SendAsync(HttpMethod.Post, client.Resolve(conferenced.Embedded!.Link("addParticipant")!),
            client.Input(("to", "sip:john@contoso.com"), ("operationId", "journey-invite")));
        invited.StatusCode.Should().Be(HttpStatusCode.Created);
        var invitationHref = invited.Headers.Location!.ToString();
        var roster = await events.UntilAsync(e => e.Href == invitationHref && e.Type == "completed");
        var added = roster.FindIndex(e => e.Rel == "participant" && e.Type == "added" && e.Sender == "conversation");
        added.Should().BeGreaterThanOrEqualTo(0).And.BeLessThan(roster.FindIndex(e => e.Href == invitationHref && e.Type == "completed"));
        roster.Last().Status.Should().Be("Success");
        await client.GetAsync(client.Resolve(roster[added].Href));

        // Leave: the conversation deleted event; then sign out: the channel answers 404.
        using (var left = await client.SendAsync(HttpMethod.Delete, client.Resolve(conferenced.Href)))
            left.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await events.UntilAsync(e => e.Href == conferenced.Href && e.Type == "deleted")).Should().NotBeEmpty();
        using (var deleted = await client.SendAsync(HttpMethod.Delete, client.Resolve(application.Href)))
            deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        using var gone = await client.SendAsync(HttpMethod.Get, events.Next);
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        stub.IdleEventAnswers.Should().Be(0, "every event request was answered by events, none by its 180 s timeout");
    }

    /// <summary>Reads the channel page by page, following next, until an event matches.</summary>
    private sealed class EventReader(UcwaClient client, Uri first)
    {
        public Uri Next { get; private set; } = first;

        public async Task<List<UcwaClient.Event>> UntilAsync(Func<UcwaClient.Event, bool> done)
        {
            var seen = new List<UcwaClient.Event>();
            while (!seen.Any(done))
            {
                var (next, events) = await client.EventsAsync(Next);
                seen.AddRange(events);
                Next = next ?? throw new InvalidOperationException("an event answer without next");
            }

            return seen;
        }
    }
}
