using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.StubAsServer; // folder Stub/ (the name Stub would hide the Ucwa.Conformance.Stub namespace)

/// <summary>
/// One test per divergence that kept real clients from using the stub (each failed against the stub before
/// it was changed), written with plain HttpClient and JSON against the stub over TCP.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
[CancelAfter(60_000)]
public sealed class StubRowTests
{
    private static HttpClient Client(StubServer stub)
    {
        var http = new HttpClient { BaseAddress = stub.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("Authorization", "Bearer " + stub.AccessToken);
        http.DefaultRequestHeaders.Add("Accept", "application/json");
        return http;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage answer) => JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;

    private static string Href(JsonNode resource, string rel) => resource["_links"]![rel]!["href"]!.GetValue<string>();

    private static async Task<JsonNode> NewApplicationAsync(HttpClient http) =>
        await ReadAsync(await http.PostAsync("/ucwa/oauth/v1/applications", Json("{\"userAgent\":\"t\",\"endpointId\":\"e\",\"culture\":\"en-US\"}")));

    private static async Task<List<JsonNode>> EventsAsync(HttpClient http, string url, Func<JsonNode, bool> until)
    {
        var seen = new List<JsonNode>();
        while (!seen.Any(until))
        {
            var page = await ReadAsync(await http.GetAsync(url));
            seen.AddRange((page["sender"]?.AsArray() ?? []).SelectMany(s => s!["events"]!.AsArray()).Select(e => e!));
            url = Href(page, "next");
        }

        return seen;
    }

    [Test]
    public async Task Row1_bodies_carry_Content_Length_not_chunked_transfer_encoding()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var http = Client(stub);

        using var root = await http.GetAsync(stub.DiscoveryUrl);

        root.Headers.TransferEncodingChunked.Should().NotBe(true);
        root.Content.Headers.ContentLength.Should().Be((await root.Content.ReadAsByteArrayAsync()).Length);
    }

    [Test]
    public async Task Row2_the_application_embeds_me_people_onlineMeetings_and_a_full_communication()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var http = Client(stub);

        var application = await NewApplicationAsync(http);

        application["_links"]!.AsObject().Select(l => l.Key).Should().Contain(["self", "policies", "batch", "events"]);
        Href(application["_embedded"]!["me"]!, "makeMeAvailable").Should().NotBeEmpty();
        application["_embedded"]!.AsObject().Select(e => e.Key).Should().Contain(["me", "people", "onlineMeetings", "communication"]);
        var communication = application["_embedded"]!["communication"]!.AsObject();
        communication["_links"]!.AsObject().Select(l => l.Key).Should().Contain(["startMessaging", "startOnlineMeeting", "joinOnlineMeeting", "conversations"]);
        communication.Select(p => p.Key).Should().Contain(["supportedModalities", "supportedMessageFormats"]);
        communication.Should().Contain(p => p.Value is JsonValue && p.Value.ToString() == "please pass this in a PUT request");
    }

    [Test]
    public async Task Row3_every_linked_resource_reads_and_communication_takes_a_PUT()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var http = Client(stub);
        var application = await NewApplicationAsync(http);
        var communication = application["_embedded"]!["communication"]!.AsObject();

        foreach (var href in new[] { Href(application, "self"), Href(application["_embedded"]!["me"]!, "self"), Href(communication, "self"), Href(communication, "conversations") })
            (await http.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.OK, href);
        var echo = communication.First(p => p.Value is JsonValue && p.Value.ToString() == "please pass this in a PUT request").Key;
        using var put = new HttpRequestMessage(HttpMethod.Put, Href(communication, "self")) { Content = Json(new JsonObject { [echo] = "please pass this in a PUT request" }.ToJsonString()) };
        (await http.SendAsync(put)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task Row4_an_event_request_with_timeout_is_held_until_an_event_arrives()
    {
        // The server's own hold is 1 ms: only the client's timeout (at least 180 s) keeps the request open.
        using var stub = StubServer.Start(FixturePaths.Root, new StubBehaviour { EventHoldMs = 1 });
        using var http = Client(stub);
        var served = stub.RequestsServed;

        var held = http.GetAsync(stub.EventsUrl + "&timeout=180");
        while (stub.RequestsServed == served) await Task.Delay(5);
        using var created = await http.PostAsync(stub.AddParticipantUrl, Json("{\"to\":\"sip:a@contoso.com\"}"));

        var page = await ReadAsync(await held);
        page["sender"].Should().NotBeNull("the request was held until the invitation's started event, not answered empty after the server's hold");
    }

    [Test]
    public async Task Row5_ack_is_the_response_number_and_every_answer_points_to_the_following_one()
    {
        using var stub = StubServer.Start(FixturePaths.Root, new StubBehaviour { EventHoldMs = 1 });
        using var http = Client(stub);
        await http.PostAsync(stub.AddParticipantUrl, Json("{\"to\":\"sip:a@contoso.com\"}"));
        await http.PostAsync(stub.AddParticipantUrl, Json("{\"to\":\"sip:b@contoso.com\"}"));

        var first = await ReadAsync(await http.GetAsync(stub.EventsUrl));
        var idle = await ReadAsync(await http.GetAsync(Href(first, "next")));

        Href(first, "self").Should().EndWith("ack=1");
        Href(first, "next").Should().EndWith("ack=2");
        Href(idle, "self").Should().EndWith("ack=2");
        Href(idle, "next").Should().EndWith("ack=3", "an idle answer is a response too");
    }

    [Test]
    public async Task Row6_makeMeAvailable_updates_me_and_reports_presence_note_and_location()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var http = Client(stub);
        var application = await NewApplicationAsync(http);
        var me = application["_embedded"]!["me"]!;

        (await http.PostAsync(Href(me, "makeMeAvailable"), Json("{\"SupportedModalities\":[\"Messaging\"]}"))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var events = await EventsAsync(http, Href(application, "events"), e => e["link"]!["rel"]!.GetValue<string>() == "communication");
        events.Select(e => e["type"] + " " + e["link"]!["rel"]).Should().Contain(["updated me", "added presence", "added note", "added location", "updated communication"]);
        var updated = await ReadAsync(await http.GetAsync(Href(me, "self")));
        updated["_links"]!.AsObject().Select(l => l.Key).Should().Contain(["presence", "note", "location", "reportMyActivity"]).And.NotContain("makeMeAvailable");
    }

    [Test]
    public async Task Row7_each_application_and_each_meeting_is_a_new_resource()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var http = Client(stub);

        var first = await NewApplicationAsync(http);
        var second = await NewApplicationAsync(http);
        var start = Href(first["_embedded"]!["communication"]!, "startOnlineMeeting");
        var meetings = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var started = await http.PostAsync(start, Json("{\"subject\":\"s\"}"));
            meetings.Add(Href(await ReadAsync(await http.GetAsync(started.Headers.Location)), "conversation"));
        }

        Href(first, "self").Should().NotBe(Href(second, "self"));
        meetings[0].Should().NotBe(meetings[1]);
    }

    [Test]
    public async Task Row8_the_invitation_succeeds_when_the_invitee_answers_without_the_inviter_reading_it_and_after_the_roster_shows_them()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var http = Client(stub);

        using var created = await http.PostAsync(stub.AddParticipantUrl, Json("{\"to\":\"sip:john@contoso.com\"}"));
        var location = created.Headers.Location!.ToString();
        var events = await EventsAsync(http, stub.EventsUrl.ToString(), e => e["type"]!.GetValue<string>() == "completed" && e["link"]!["href"]!.GetValue<string>() == location);

        events.Last()["status"]!.GetValue<string>().Should().Be("Success");
        events.FindIndex(e => e["link"]!["rel"]!.GetValue<string>() == "participant" && e["type"]!.GetValue<string>() == "added")
            .Should().BeInRange(0, events.Count - 2, "the participant appears in the roster before the invitation completes with success");
    }

    [Test]
    public async Task Row9_leaving_a_conversation_reports_it_deleted()
    {
        using var stub = StubServer.Start(FixturePaths.Root, new StubBehaviour { EventHoldMs = 2_000 });
        using var http = Client(stub);
        var application = await NewApplicationAsync(http);
        using var started = await http.PostAsync(Href(application["_embedded"]!["communication"]!, "startOnlineMeeting"), Json("{}"));
        var conversation = Href(await ReadAsync(await http.GetAsync(started.Headers.Location)), "conversation");
        var before = await ReadAsync(await http.GetAsync(Href(application, "events")));

        (await http.DeleteAsync(conversation)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var after = await ReadAsync(await http.GetAsync(Href(before, "next")));
        (after["sender"]?.AsArray() ?? []).SelectMany(s => s!["events"]!.AsArray())
            .Should().Contain(e => e!["type"]!.GetValue<string>() == "deleted" && e["link"]!["href"]!.GetValue<string>() == conversation);
    }

    [Test]
    public async Task Row10_a_path_with_a_doubled_slash_is_served()
    {
        using var stub = StubServer.Start(FixturePaths.Root, new StubBehaviour { EventHoldMs = 1 });
        using var http = Client(stub);

        // Root + href, as such clients join them: "http://host:port/" + "/ucwa/…".
        using var root = await http.GetAsync(new Uri(stub.BaseUrl + stub.DiscoveryUrl.AbsolutePath));
        using var events = await http.GetAsync(new Uri(stub.BaseUrl + stub.EventsUrl.PathAndQuery));

        root.StatusCode.Should().Be(HttpStatusCode.OK);
        events.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("username=someone&password=x", "invalid_request")]
    [TestCase("grant_type=client_credentials&username=someone&password=x", "unsupported_grant_type")]
    [TestCase("grant_type=password&username=someone", "invalid_request")]
    public async Task Row11_the_token_endpoint_answers_the_RFC_6749_error(string form, string error)
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var http = new HttpClient();

        using var answer = await http.PostAsync(new Uri(stub.BaseUrl, "/WebTicket/oauthtoken"), new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadAsync(answer))["error"]!.GetValue<string>().Should().Be(error);
    }
}
