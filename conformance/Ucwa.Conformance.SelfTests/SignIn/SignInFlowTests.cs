using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.SignIn;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.SignIn;

/// <summary>From the discovery root to a conversation's addParticipant link, and back out, against the stub.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class SignInFlowTests
{
    private static async Task<(SignedIn? SignedIn, SignInException? Error)> SignInAsync(StubServer stub, string? password = null, double waitSeconds = 10)
    {
        using var transport = new HttpTransport(TimeSpan.FromSeconds(5), 4);
        try
        {
            var signedIn = await new SignInFlow(transport, TimeSpan.FromSeconds(waitSeconds)).RunAsync(stub.DiscoveryUrl, stub.Username, password ?? stub.Password);
            await signedIn.LeaveAsync();
            return (signedIn, null);
        }
        catch (SignInException e)
        {
            return (null, e);
        }
    }

    [Test]
    public async Task Finds_the_addParticipant_link_from_the_root_and_deletes_the_application_at_the_end()
    {
        using var stub = StubServer.Start(FixturePaths.Root);

        var (signedIn, error) = await SignInAsync(stub);

        error.Should().BeNull();
        signedIn!.AddParticipantUrl.Should().Be(stub.CreatedAddParticipantUrls.Single(), "the meeting it started is a new conversation");
        signedIn.AccessToken.Should().Be(stub.AccessToken);
        signedIn.Events.EventsUrl.Should().NotBe(stub.EventsUrl, "its application is a new one, with its own event channel");
        stub.Lifecycle.Should().Equal("application created", "ad hoc meeting started", "conversation left", "application deleted");
        signedIn.Profile.Entries.Select(e => e.Step).Should().StartWith(["discovery root", "user, without a token", "token", "user, with the token", "create an application"]);
        signedIn.Profile.Entries.Should().Contain(e => e.Step == "create an application" && e.LinkRels.Contains("communication.startOnlineMeeting"));
    }

    [Test]
    public async Task A_wrong_password_stops_at_the_token_step_with_the_endpoints_error_and_never_shows_the_password()
    {
        using var stub = StubServer.Start(FixturePaths.Root);

        var (_, error) = await SignInAsync(stub, password: "Wrong-Secret-4711");

        error!.Step.Should().Be("token");
        error.Message.Should().Contain("400").And.Contain("invalid_grant").And.Contain("/WebTicket/oauthtoken").And.NotContain("Wrong-Secret-4711");
        stub.Lifecycle.Should().BeEmpty("nothing was created");
    }

    [Test]
    public async Task A_conversation_without_addParticipant_stops_the_run_naming_its_state_and_links_and_cleans_up()
    {
        using var stub = StubServer.Start(FixturePaths.Root, new StubBehaviour { ConversationOffersAddParticipant = false });

        var (_, error) = await SignInAsync(stub, waitSeconds: 3);

        error!.Step.Should().Be("wait for addParticipant");
        error.Message.Should().Contain("no addParticipant link within 3 s").And.Contain("state Conferenced").And.Contain("links self");
        stub.Lifecycle.Should().EndWith("application deleted");
    }

    [Test]
    public async Task An_unreachable_root_names_the_step_and_the_URL()
    {
        using var transport = new HttpTransport(TimeSpan.FromSeconds(2), 4);
        var root = new Uri("http://127.0.0.1:1/autodiscover/autodiscoverservice.svc/root");

        var run = () => new SignInFlow(transport, TimeSpan.FromSeconds(1)).RunAsync(root, "someone@contoso.com", "Secret-Pass-1");

        (await run.Should().ThrowAsync<SignInException>()).Which.Message.Should().Contain("discovery root").And.Contain(root.ToString());
    }

    [TestCase("MsRtcOAuth href=\"https://lyncweb.contoso.com/WebTicket/oauthtoken\",grant_type=\"urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\"")]
    [TestCase("Bearer trusted_issuers=\"x@contoso.com\", client_id=\"00000004-0000-0ff1-ce00-000000000000\", MsRtcOAuth href=\"https://lyncweb.contoso.com/WebTicket/oauthtoken\",grant_type=\"urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\"")]
    [TestCase("MsRtcOAuth href=https://lyncweb.contoso.com/WebTicket/oauthtoken,grant_type=\"urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\"")]
    public void Reads_the_MsRtcOAuth_challenge_alone_merged_or_unquoted(string header)
    {
        var (url, grants) = Challenge.Read(["Bearer trusted_issuers=\"\"", header], new Uri("https://lyncweb.contoso.com/x"));

        url.Should().Be(new Uri("https://lyncweb.contoso.com/WebTicket/oauthtoken"));
        grants.Should().Equal("urn:microsoft.rtc:windows", "urn:microsoft.rtc:anonmeeting", "password");
    }
}
