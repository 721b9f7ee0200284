using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Running;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ucwa.Conformance.SelfTests.Events;

/// <summary>How the event channel's end is told: bounded like every transcript, and blamed on the right party.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class EventPumpFailureTests
{
    private const string Token = "cwt=secret-token";

    private static async Task<EventsSeen> FirstAnswer(int status, string body, Setting? given)
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(status).WithBody(body));
        using var transport = new HttpTransport(TimeSpan.FromSeconds(5), 4);
        using var pump = new EventPump(new Uri(server.Url + "/events?ack=1"), transport, [new("Authorization", "Bearer " + Token)], TimeSpan.FromSeconds(5), given);
        return await pump.CollectAsync(new Uri(server.Url + "/invitation"), _ => false, TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task An_error_answer_s_body_is_bounded_in_the_message()
    {
        var seen = await FirstAnswer(500, new string('x', 50_000), given: null);

        seen.Channel.Should().Be(ChannelFailure.Target);
        seen.Problem.Should().StartWith("the event channel stopped: GET ").And.Contain("more characters)");
        seen.Problem!.Length.Should().BeLessThan(2_500);
    }

    [Test]
    public async Task A_token_the_server_echoes_is_redacted_in_the_message()
    {
        var seen = await FirstAnswer(500, $"{{\"error\":\"bad token {Token}\"}}", given: null);

        seen.Problem.Should().NotContain(Token).And.Contain("bad token <redacted>");
    }

    [Test]
    public async Task A_404_on_a_link_the_server_gave_is_the_target_s_fault()
    {
        var seen = await FirstAnswer(404, "", given: null);

        seen.Channel.Should().Be(ChannelFailure.Target);
    }

    [Test]
    public async Task A_404_on_the_first_GET_of_a_given_link_names_the_setting()
    {
        var seen = await FirstAnswer(404, "", Setting.EventsUrl);

        seen.Channel.Should().Be(ChannelFailure.Configuration);
        seen.Problem.Should().StartWith("EventsUrl (UCWA_EVENTS_URL) answered 404 Not Found");
    }
}
