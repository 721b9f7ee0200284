using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Running;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ucwa.Conformance.SelfTests.Events;

/// <summary>
/// A server may answer a P-GET with only a <c>resync</c> link (the ack was out of order) or a <c>resume</c> link
/// (after long inactivity) instead of <c>next</c> (EventChannelDetails.md): the channel goes on, it has not stopped.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class EventPumpResyncTests
{
    private const string Invitation = """{"sender":[{"rel":"communication","href":"/conversation","events":[{"type":"started","link":{"rel":"participantInvitation","href":"/invitation"}}]}],"_links":{"next":{"href":"/events/3"}}}""";

    [TestCase("resync")]
    [TestCase("resume")]
    public async Task The_pump_follows_a_link_that_continues_the_channel_instead_of_next(string rel)
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/events/1").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("{\"_links\":{\"" + rel + "\":{\"href\":\"/events/2\"}}}"));
        server.Given(Request.Create().WithPath("/events/2").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Invitation));
        server.Given(Request.Create().WithPath("/events/3").UsingGet())
            .RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(10)).WithBody("{}"));
        using var transport = new HttpTransport(TimeSpan.FromSeconds(15), 4);
        using var pump = new EventPump(new Uri(server.Url + "/events/1"), transport, [new("Accept", "application/json")], TimeSpan.FromSeconds(15));

        var seen = await pump.CollectAsync(new Uri(server.Url + "/invitation"), events => events.Count > 0, TimeSpan.FromSeconds(5));

        seen.Problem.Should().BeNull();
        seen.ForInvitation.Should().ContainSingle().Which.Type.Should().Be("started");
    }
}
