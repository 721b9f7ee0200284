using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Judge;

/// <summary>The judge reads the documentation's event samples, JSON and XML (fixtures/documented/events-*).</summary>
[TestFixture]
public sealed class EventReaderTests
{
    private static readonly Uri Events = new("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/events?ack=1");

    [Test]
    public void Reads_the_documented_started_sample()
    {
        var (page, problem) = EventReader.Read(MadeEvidence.Documented("events-started.json"), Events);

        problem.Should().BeNull();
        page!.Next.Should().Be(new Uri("http://sample/ucwa/v1/applications/appId/events?ack=2"));
        page.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Type = "started",
            SenderRel = "communication",
            LinkRel = "participantInvitation",
            Href = new Uri("https://fe1.contoso.com/ucwa/v1/applications/192/communication/invitations/303"),
        });
    }

    [Test]
    public void Reads_the_documented_XML_sample_resolving_its_hrefs()
    {
        var (page, problem) = EventReader.Read(MadeEvidence.Documented("events-communication.xml"), Events);

        problem.Should().BeNull();
        page!.Next.Should().Be(new Uri("https://fe1.contoso.com/ucwa/oauth/v1/applications/102/events?ack=2"));
        page.Events.Select(e => $"{e.SenderRel}:{e.Type}:{e.LinkRel}").Should().Equal(
            "communication:updated:communication", "me:updated:me", "me:added:presence", "me:added:note", "me:added:location");
        page.Events[0].HasEmbedded.Should().BeTrue();
    }

    [Test]
    public void Reads_a_failed_completion_with_its_reason()
    {
        var (page, _) = EventReader.Read(MadeEvidence.Documented("events-completed-failure.json"), Events);

        page!.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Type = "completed", Status = "Failure", ReasonCode = "RemoteFailure", HasEmbedded = true });
    }

    [Test]
    public async Task Reads_the_stubs_XML_events_started_then_completed()
    {
        using var stub = Stub.StubServer.Start(Engine.Fixtures.FixturePaths.Root);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Authorization", "Bearer " + stub.AccessToken);
        using var body = new StringContent("{\"to\":\"sip:a@contoso.com\",\"operationId\":\"op-1\"}", System.Text.Encoding.UTF8, "application/json");
        using var created = await http.PostAsync(stub.AddParticipantUrl, body);
        var location = new Uri(stub.AddParticipantUrl, created.Headers.Location!);
        (await http.GetAsync(location)).EnsureSuccessStatusCode();
        var events = new List<ObservedEvent>();
        var url = stub.EventsUrl;
        while (!events.Any(e => e.Type == "completed"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Accept", "application/xml");
            using var answer = await http.SendAsync(request);
            var (page, problem) = EventReader.Read(await answer.Content.ReadAsStringAsync(), url);
            problem.Should().BeNull();
            events.AddRange(page!.Events.Where(e => e.Href == location)); // the roster's participant added event is about another resource
            url = page.Next!;
        }

        events.Select(e => e.Type).Should().Equal("started", "completed");
        events.Should().OnlyContain(e => e.Href == location && e.SenderRel == "communication" && e.EmbeddedOperationId == "op-1");
        events[1].Status.Should().Be("Success");
    }

    [TestCase("<events xmlns=\"https://schemas.microsoft.com/rtc/2012/03/ucwa\" />", "not <events>")]
    [TestCase("{\"_links\": ", "not JSON")]
    [TestCase("OK", "neither JSON nor XML")]
    public void Names_what_is_wrong_with_an_unreadable_answer(string body, string problem)
    {
        EventReader.Read(body, Events).Problem.Should().Contain(problem);
    }
}
