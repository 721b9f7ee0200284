using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.SignIn;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ucwa.Conformance.SelfTests.SignIn;

/// <summary>
/// A user homed on another pool: the user resource answers a redirect to the user resource of that pool,
/// which asks for a token of its own (a server of two pools, played by WireMock, independent of the stub).
/// </summary>
[TestFixture]
public sealed class RedirectTests
{
    private static void Pool(WireMockServer server, string pool, string token, string answer)
    {
        server.Given(Request.Create().WithPath($"/{pool}/user").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(401)
                .WithHeader("WWW-Authenticate", $"MsRtcOAuth href=\"{server.Url}/{pool}/oauthtoken\",grant_type=\"urn:microsoft.rtc:windows,password\""));
        server.Given(Request.Create().WithPath($"/{pool}/oauthtoken").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody($"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\"}}"));
        server.Given(Request.Create().WithPath($"/{pool}/user").UsingGet().WithHeader("Authorization", "Bearer " + token)).AtPriority(1)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(answer));
    }

    [Test]
    public async Task The_flow_follows_a_redirect_to_another_pools_user_resource_and_answers_its_own_challenge()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/autodiscover/root").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("{\"_links\":{\"user\":{\"href\":\"/pool1/user\"}}}"));
        Pool(server, "pool1", "cwt=pool-one", $"{{\"_links\":{{\"redirect\":{{\"href\":\"{server.Url}/pool2/user\"}}}}}}");
        Pool(server, "pool2", "cwt=pool-two", "{\"_links\":{\"applications\":{\"href\":\"/pool2/applications\"}}}");
        server.Given(Request.Create().WithPath("/pool2/applications").UsingPost()).RespondWith(Response.Create().WithStatusCode(503));
        using var transport = new HttpTransport(TimeSpan.FromSeconds(5), 4);

        var signIn = () => new SignInFlow(transport, TimeSpan.FromSeconds(1)).RunAsync(new Uri(server.Url + "/autodiscover/root"), "u@contoso.com", "secret");

        // The pool's application endpoint is where this server ends the journey: reaching it, with the pool's own token, is the point.
        var error = (await signIn.Should().ThrowAsync<SignInException>()).Which;
        error.Step.Should().Be("create an application");
        error.Message.Should().Contain("/pool2/applications");
        server.LogEntries.Should().Contain(e => e.RequestMessage!.Path == "/pool2/applications"
            && e.RequestMessage.Headers!["Authorization"].Contains("Bearer cwt=pool-two"));
    }
}
