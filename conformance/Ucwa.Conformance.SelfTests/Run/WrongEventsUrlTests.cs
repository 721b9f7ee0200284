using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Run;

/// <summary>An EventsUrl that is not an events link is the user's setting at fault, said once, not the server's.</summary>
[TestFixture]
public sealed class WrongEventsUrlTests
{
    [Test]
    public async Task A_given_events_link_answering_404_is_a_configuration_problem_naming_EventsUrl()
    {
        using var stub = StubServer.Start(Engine.Fixtures.FixturePaths.Root);
        var wrong = new Uri(stub.EventsUrl, "/ucwa/no-such-events?ack=1");
        await using var run = new SettingsRun(new()
        {
            ["UCWA_TARGET_URL"] = stub.AddParticipantUrl.ToString(),
            ["UCWA_ACCESS_TOKEN"] = stub.AccessToken,
            ["UCWA_EVENTS_URL"] = wrong.ToString(),
            ["UCWA_EVENT_TIMEOUT_SECONDS"] = "2",
            ["UCWA_SNAPSHOT"] = "off",
        });

        var (cases, end) = await run.AllAsync();

        var events = cases.Single(c => c.Name == "events-invitation.json");
        events.Outcome.Should().Be(Outcome.Inconclusive);
        events.Findings.Should().Contain("EventsUrl (UCWA_EVENTS_URL) answered 404");
        events.Findings.Should().NotContain("target fault");
        end.Problems.Where(p => p.StartsWith("EventsUrl (UCWA_EVENTS_URL) answered 404", StringComparison.Ordinal))
            .Should().ContainSingle("the wrong setting is named once for the run, and fails it");
        end.Fails.Should().BeTrue();
    }
}
