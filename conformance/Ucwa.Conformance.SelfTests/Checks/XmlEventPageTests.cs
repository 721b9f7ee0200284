using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>
/// The judge's reader of an XML event page: the link to continue with (<c>&lt;link rel="resync"&gt;</c>, <c>"next"</c> or <c>"resume"</c>), and the children of each <c>&lt;sender&gt;</c>,
/// named after the event type, with their status (attribute or property), reason and embedded resource.
/// </summary>
[TestFixture]
public sealed class XmlEventPageTests
{
    private const string Ucwa = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    private static readonly Uri Events = new("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/events?ack=1");

    private static EventReader.Page Read(string xml)
    {
        var (page, problem) = EventReader.Read(xml, Events);
        problem.Should().BeNull();
        return page!;
    }

    [Test]
    public void Reads_each_sender_s_events_with_their_link_status_reason_and_embedded_invitation()
    {
        var xml = $"""
            <events href="events?ack=1" xmlns="{Ucwa}">
              <link rel="self" href="events?ack=1" />
              <link rel="next" href="events?ack=2" />
              <sender rel="communication" href="communication">
                <started rel="participantInvitation" href="communication/participantInvitations/303">
                  <resource rel="participantInvitation" href="communication/participantInvitations/303">
                    <link rel="cancel" href="/invitations/303/cancel" />
                    <link rel="cancel" href="/invitations/303/cancel-again" />
                    <link rel="nowhere" />
                    <property name="state">Connecting</property>
                    <property name="operationId">op-1</property>
                    <property name="operationId">op-2</property>
                  </resource>
                </started>
                <completed rel="participantInvitation" href="/ucwa/v1/invitations/303" status="Failure">
                  <reason><code>RemoteFailure</code><message>Declined.</message></reason>
                </completed>
              </sender>
              <sender rel="conversation">
                <updated rel="conversation" href="conversations/1"><property name="status">Success</property></updated>
              </sender>
            </events>
            """;

        var page = Read(xml);

        page.Next.Should().Be(new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/events?ack=2"));
        page.Events.Should().HaveCount(3);
        page.Events[0].Should().BeEquivalentTo(new ObservedEvent("started", "communication", "participantInvitation",
            new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/communication/participantInvitations/303"), null, null, true, "op-1", "Connecting",
            new Dictionary<string, string> { ["cancel"] = "/invitations/303/cancel" },
            new Dictionary<string, string> { ["state"] = "Connecting", ["operationId"] = "op-1" }, new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/communication")));
        page.Events[1].Should().BeEquivalentTo(new ObservedEvent("completed", "communication", "participantInvitation",
            new Uri("https://fe1.contoso.com/ucwa/v1/invitations/303"), "Failure", "RemoteFailure", false, null, null, null, null, new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/communication")));
        page.Events[2].Should().BeEquivalentTo(new { Type = "updated", SenderRel = "conversation", Status = "Success", HasEmbedded = false });
    }

    [Test]
    public void Only_named_properties_with_a_plain_value_are_read_from_an_embedded_resource()
    {
        var e = Read($"""
            <events xmlns="{Ucwa}">
              <sender rel="communication">
                <started rel="participantInvitation" href="invitations/1">
                  <resource rel="participantInvitation" href="invitations/1">
                    <property>no name</property>
                    <property name="to"><propertyList name="to"><item>sip:a@contoso.com</item></propertyList></property>
                    <property name="state">Connecting</property>
                  </resource>
                </started>
              </sender>
            </events>
            """).Events.Single();

        e.Properties.Should().Equal(new Dictionary<string, string> { ["state"] = "Connecting" });
    }

    [Test]
    public void A_status_attribute_wins_over_a_status_property()
    {
        Read($"<events xmlns=\"{Ucwa}\"><sender><completed status=\"Success\"><property name=\"status\">Failure</property></completed></sender></events>")
            .Events.Single().Status.Should().Be("Success");
    }

    [Test]
    public void An_event_without_link_status_or_reason_is_kept_with_those_left_empty()
    {
        var e = Read($"<events xmlns=\"{Ucwa}\"><sender><added><property name=\"state\">Connected</property><reason/></added></sender></events>").Events.Single();

        e.Should().BeEquivalentTo(new ObservedEvent("added", null, null, null, null, null, false, null, null, null));
        e.Links.Should().BeEmpty();
    }

    [Test]
    public void Elements_outside_the_UCWA_namespace_are_not_read()
    {
        var page = Read($"""
            <events xmlns="{Ucwa}">
              <link rel="next" href="events?ack=2" xmlns="" />
              <sender rel="me" xmlns=""><added /></sender>
              <sender rel="communication">
                <completed><property name="status" xmlns="">Success</property><reason><code xmlns="">Declined</code></reason><resource xmlns="" /></completed>
              </sender>
            </events>
            """);

        page.Next.Should().BeNull();
        page.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Type = "completed", Status = (string?)null, ReasonCode = (string?)null, HasEmbedded = false });
    }

    [Test]
    public void A_page_without_senders_or_next_link_has_no_events_and_no_next()
    {
        var page = Read($"<events xmlns=\"{Ucwa}\"><link rel=\"self\" href=\"events?ack=1\"/><link rel=\"next\"/></events>");

        page.Events.Should().BeEmpty();
        page.Next.Should().BeNull();
    }

    [TestCase("<link rel=\"resync\" href=\"events?ack=1&amp;resync=1\"/>", "events?ack=1&resync=1")]
    [TestCase("<link rel=\"next\" href=\"events?ack=2\"/><link rel=\"resync\" href=\"events?ack=1&amp;resync=1\"/>", "events?ack=1&resync=1")]
    [TestCase("<link rel=\"resume\" href=\"events?ack=2&amp;resume=1\"/><link rel=\"next\" href=\"events?ack=2\"/>", "events?ack=2")]
    [TestCase("<link rel=\"resume\" href=\"events?ack=2&amp;resume=1\"/>", "events?ack=2&resume=1")]
    public void The_channel_continues_with_resync_before_next_and_next_before_resume(string links, string continuation)
    {
        Read($"<events xmlns=\"{Ucwa}\">{links}</events>").Next.Should().Be(new Uri(Events, continuation));
    }

    [TestCase("<events/>", "the XML root is <events> in \"\", not <events> in \"" + Ucwa + "\"")]
    [TestCase("<reason xmlns=\"" + Ucwa + "\"/>", "the XML root is <reason> in \"" + Ucwa + "\", not <events> in \"" + Ucwa + "\"")]
    public void A_root_other_than_UCWA_events_is_refused_saying_so(string xml, string problem)
    {
        EventReader.Read(xml, Events).Should().Be(((EventReader.Page?)null, problem));
    }

    [Test]
    public void A_body_that_is_not_XML_is_refused_saying_so()
    {
        EventReader.Read("<events>", Events).Problem.Should().StartWith("the event answer is not XML: ");
    }

    [Test]
    public void A_body_that_is_not_JSON_is_refused_saying_so()
    {
        EventReader.Read("{\"sender\":", Events).Problem.Should().StartWith("the event answer is not JSON: ");
    }
}
