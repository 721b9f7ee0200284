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
    private IReadOnlyList<Engine.Verdicts.CaseResult> _results = [];

    [OneTimeSetUp]
    public async Task RunTheSuiteOnce() => _results = await StubRun.AllCasesAsync(new StubBehaviour());

    private Engine.Verdicts.CaseResult Result(string name) => _results.Single(r => r.Name == name);

    /// <summary>The case's XML run got every event, the invitation's and its conversation's, as XML on an XML channel; its JSON run as JSON.</summary>
    private void EventsCameInTheCaseFormat(string caseId)
    {
        foreach (var (format, mediaType) in new[] { (WireFormat.Xml, "application/xml"), (WireFormat.Json, "application/json") })
        {
            var primary = Result($"{caseId}.{format.Name()}").Exchange.Primary;
            var events = primary.Events!.ForInvitation.Concat(primary.Conversation?.Entries.Select(t => t.Event).OfType<ObservedEvent>() ?? []);
            events.Select(e => e.Delivery!).Should().NotBeEmpty()
                .And.OnlyContain(d => d.Accept == mediaType && d.Looks == format, $"{caseId}.{format.Name()} reads its events in its own format");
        }
    }

    [Test]
    public void The_XML_run_of_events_invitation_reads_its_events_from_an_XML_channel()
    {
        EventsCameInTheCaseFormat("events-invitation");
        Result("documented-request.xml").Exchange.TargetUrl.Should().NotBe(Result("events-invitation.xml").Exchange.TargetUrl,
            "only that case posts in the XML channel's application");
    }

    [Test]
    public void The_XML_run_of_the_escalation_reads_the_invitation_s_and_the_conversation_s_events_from_an_XML_channel()
    {
        EventsCameInTheCaseFormat("escalate-two-party");
        _results.Where(r => r.Name.StartsWith("escalate-two-party.", StringComparison.Ordinal)).Should().HaveCount(2)
            .And.OnlyContain(r => r.Exchange.Primary.Conversation != null, "the escalation's conversation events are among those read");
        _results.Where(r => r.Name.StartsWith("escalate-two-party.", StringComparison.Ordinal)).Should().OnlyContain(r => r.Outcome == Engine.Verdicts.Outcome.Passed);
    }
}
