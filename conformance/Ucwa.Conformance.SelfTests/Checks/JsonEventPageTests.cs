using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>
/// The judge's reader of a JSON event page: the link to continue with (<c>_links.resync</c>, <c>next</c> or <c>resume</c>), and each sender's events with their link, status,
/// reason and embedded resource; hrefs resolved against the events URL; whatever is not there is left empty.
/// </summary>
[TestFixture]
public sealed class JsonEventPageTests
{
    private static readonly Uri Events = new("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/events?ack=1");

    private static EventReader.Page Read(string json)
    {
        var (page, problem) = EventReader.Read(json, Events);
        problem.Should().BeNull();
        return page!;
    }

    [Test]
    public void Reads_each_sender_s_events_with_their_link_status_reason_and_embedded_invitation()
    {
        const string json = """
            {
              "_links": { "self": { "href": "events?ack=1" }, "next": { "href": "events?ack=2" } },
              "sender": [
                {
                  "rel": "communication", "href": "communication",
                  "events": [
                    {
                      "link": { "rel": "participantInvitation", "href": "communication/participantInvitations/303" },
                      "type": "started",
                      "_embedded": {
                        "participantInvitation": {
                          "operationId": "op-1", "state": "Connecting",
                          "_links": { "self": { "href": "/invitations/303" }, "cancel": { "href": "/invitations/303/cancel" }, "odd": { "href": 3 }, "bare": "x" }
                        }
                      }
                    },
                    {
                      "link": { "rel": "participantInvitation", "href": "/ucwa/v1/invitations/303" },
                      "type": "completed", "status": "Failure", "reason": { "code": "RemoteFailure", "message": "Declined." }
                    }
                  ]
                },
                { "rel": "conversation", "events": [ { "link": { "rel": "conversation", "href": "conversations/1" }, "type": "updated" } ] }
              ]
            }
            """;

        var page = Read(json);

        page.Next.Should().Be(new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/events?ack=2"));
        page.Events.Should().HaveCount(3);
        page.Events[0].Should().BeEquivalentTo(new ObservedEvent("started", "communication", "participantInvitation",
            new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/communication/participantInvitations/303"), null, null, true, "op-1", "Connecting",
            new Dictionary<string, string> { ["self"] = "/invitations/303", ["cancel"] = "/invitations/303/cancel" },
            new Dictionary<string, string> { ["operationId"] = "op-1", ["state"] = "Connecting" }, new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/communication")));
        page.Events[1].Should().BeEquivalentTo(new ObservedEvent("completed", "communication", "participantInvitation",
            new Uri("https://fe1.contoso.com/ucwa/v1/invitations/303"), "Failure", "RemoteFailure", false, null, null, new Dictionary<string, string>(),
            new Dictionary<string, string>(), new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/communication")));
        page.Events[2].Should().BeEquivalentTo(new { Type = "updated", SenderRel = "conversation", LinkRel = "conversation" });
    }

    [Test]
    public void An_event_without_type_link_status_or_reason_is_kept_with_those_left_empty()
    {
        var e = Read("{\"sender\":[{\"rel\":\"communication\",\"events\":[{\"type\":7,\"status\":1,\"reason\":\"Declined\",\"link\":\"participantInvitation\"}]}]}").Events.Single();

        e.Should().BeEquivalentTo(new ObservedEvent("(no type)", "communication", null, null, null, null, false, null, null, new Dictionary<string, string>(),
            new Dictionary<string, string>()));
    }

    [Test]
    public void The_embedded_resource_is_the_first_object_under_embedded()
    {
        var e = Read("{\"sender\":[{\"events\":[{\"type\":\"updated\",\"_embedded\":{\"note\":\"text\",\"participantInvitation\":{\"operationId\":\"op-2\"}}}]}]}").Events.Single();

        e.HasEmbedded.Should().BeTrue();
        e.EmbeddedOperationId.Should().Be("op-2");
        e.SenderRel.Should().BeNull();
    }

    [TestCase("{\"note\":\"text\"}")]
    [TestCase("[{\"operationId\":\"op-1\"}]")]
    [TestCase("\"participantInvitation\"")]
    public void An_embedded_member_holding_no_object_embeds_nothing(string embedded)
    {
        var e = Read("{\"sender\":[{\"events\":[{\"type\":\"updated\",\"_embedded\":" + embedded + "}]}]}").Events.Single();

        e.HasEmbedded.Should().BeFalse();
        e.EmbeddedOperationId.Should().BeNull();
        e.Links.Should().BeEmpty();
    }

    [Test]
    public void Senders_without_a_list_of_events_are_skipped()
    {
        Read("{\"sender\":[{\"rel\":\"me\"},{\"rel\":\"me\",\"events\":{\"type\":\"added\"}},{\"rel\":\"people\",\"events\":[{\"type\":\"added\"}]}]}")
            .Events.Should().ContainSingle().Which.SenderRel.Should().Be("people");
    }

    [TestCase("{}")]
    [TestCase("{\"sender\":{\"rel\":\"communication\"}}")]
    [TestCase("{\"_links\":{\"self\":{\"href\":\"events?ack=1\"}}}")]
    [TestCase("{\"_links\":{\"next\":{}}}")]
    [TestCase("{\"_links\":{\"next\":\"events?ack=2\"}}")]
    [TestCase("{\"_links\":[{\"next\":{\"href\":\"events?ack=2\"}}]}")]
    public void A_page_without_senders_or_next_link_has_no_events_and_no_next(string json)
    {
        var page = Read(json);

        page.Events.Should().BeEmpty();
        page.Next.Should().BeNull();
    }

    [TestCase("{\"_links\":{\"resync\":{\"href\":\"events?ack=1&resync=1\"}}}", "events?ack=1&resync=1")]
    [TestCase("{\"_links\":{\"next\":{\"href\":\"events?ack=2\"},\"resync\":{\"href\":\"events?ack=1&resync=1\"}}}", "events?ack=1&resync=1")]
    [TestCase("{\"_links\":{\"resume\":{\"href\":\"events?ack=2&resume=1\"},\"next\":{\"href\":\"events?ack=2\"}}}", "events?ack=2")]
    [TestCase("{\"_links\":{\"resume\":{\"href\":\"events?ack=2&resume=1\"}}}", "events?ack=2&resume=1")]
    public void The_channel_continues_with_resync_before_next_and_next_before_resume(string json, string continuation)
    {
        Read(json).Next.Should().Be(new Uri(Events, continuation));
    }

    [Test]
    public void Senders_and_events_that_are_not_objects_are_skipped()
    {
        Read("{\"sender\":[\"communication\",{\"rel\":\"communication\",\"events\":[\"started\",{\"type\":\"started\"}]}]}")
            .Events.Should().ContainSingle().Which.Type.Should().Be("started");
    }

    [TestCase("[]", "the event answer is a JSON Array, not an object")]
    [TestCase("[{\"sender\":[]}]", "the event answer is a JSON Array, not an object")]
    public void A_page_that_is_not_an_object_is_refused_saying_so(string json, string problem)
    {
        EventReader.Read(json, Events).Should().Be(((EventReader.Page?)null, problem));
    }
}
