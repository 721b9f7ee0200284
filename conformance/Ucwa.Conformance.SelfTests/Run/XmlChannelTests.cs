using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Run;

/// <summary>
/// The requirements judged on events are judged in XML on events the server sent as XML: the XML run of a case
/// that reads events in its own format posts in an application whose channel is read in XML (for the escalation,
/// a two-party conversation started from that application); the JSON run, and every other case, on the run's
/// channel read in JSON.
/// </summary>
[TestFixture]
public sealed class XmlChannelTests
{
    [Test]
    public async Task The_XML_run_of_events_invitation_reads_its_events_from_an_XML_channel()
    {
        var results = await StubRun.AllCasesAsync(new StubBehaviour());

        var deliveries = (string name) => results.Single(r => r.Name == name).Exchange.Primary.Events!.ForInvitation.Select(e => e.Delivery!).ToList();
        deliveries("events-invitation.xml").Should().NotBeEmpty()
            .And.OnlyContain(d => d.Accept == "application/xml" && d.Looks == WireFormat.Xml);
        deliveries("events-invitation.json").Should().NotBeEmpty()
            .And.OnlyContain(d => d.Accept == "application/json" && d.Looks == WireFormat.Json);
        var xmlTarget = results.Single(r => r.Name == "events-invitation.xml").Exchange.TargetUrl;
        results.Single(r => r.Name == "documented-request.xml").Exchange.TargetUrl.Should().NotBe(xmlTarget, "only that case posts in the XML channel's application");
    }

    [Test]
    public async Task The_XML_run_of_the_escalation_reads_the_invitation_s_and_the_conversation_s_events_from_an_XML_channel()
    {
        var results = await StubRun.AllCasesAsync(new StubBehaviour());

        var primary = (string name) => results.Single(r => r.Name == name).Exchange.Primary;
        var deliveries = (string name) => primary(name).Events!.ForInvitation.Concat(primary(name).Conversation!.Entries.Select(t => t.Event).OfType<ObservedEvent>()).Select(e => e.Delivery!).ToList();
        deliveries("escalate-two-party.xml").Should().NotBeEmpty()
            .And.OnlyContain(d => d.Accept == "application/xml" && d.Looks == WireFormat.Xml);
        deliveries("escalate-two-party.json").Should().NotBeEmpty()
            .And.OnlyContain(d => d.Accept == "application/json" && d.Looks == WireFormat.Json);
        results.Where(r => r.Name.StartsWith("escalate-two-party.", StringComparison.Ordinal)).Should().OnlyContain(r => r.Outcome == Engine.Verdicts.Outcome.Passed);
    }
}
