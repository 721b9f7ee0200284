using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.SignIn;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.StubAsServer; // folder Stub/ (the name Stub would hide the Ucwa.Conformance.Stub namespace)

/// <summary>
/// The suite as real servers will meet it: its sign-in, event pump and checks work the same over
/// Content-Length and chunked bodies, against event requests held the documented 180 s (the run ends without
/// waiting one out), and against a server that answers idle event requests again and again.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class SuiteToleranceTests
{
    private static async Task<(IReadOnlyList<Engine.Verdicts.CaseResult> Results, int IdleAnswers)> SignInAndRunAsync(StubBehaviour behaviour)
    {
        using var stub = StubServer.Start(FixturePaths.Root, behaviour);
        using var transport = new HttpTransport(TimeSpan.FromSeconds(10), 8);
        var flow = new SignInFlow(transport, TimeSpan.FromSeconds(10));
        var signedIn = await flow.RunAsync(stub.DiscoveryUrl, stub.Username, stub.Password);
        var peer = await flow.RunPeerAsync(stub.DiscoveryUrl, stub.PeerUsername, stub.PeerPassword);
        var xmlChannel = new XmlChannelApplication(flow, stub.DiscoveryUrl, stub.Username, stub.Password);
        var twoParty = TwoPartyConversations.For(flow, signedIn, peer, TimeSpan.FromSeconds(10), xmlChannel);
        var values = new Dictionary<string, string>(stub.Triggers) { ["Invitee"] = TargetSettings.DefaultInvitee };
        var target = new TargetSettings(signedIn.AddParticipantUrl, signedIn.AccessToken, values, TimeSpan.FromSeconds(10),
            EventsUrl: signedIn.Events.EventsUrl, EventTimeout: TimeSpan.FromSeconds(5));
        IReadOnlyList<Engine.Verdicts.CaseResult> results;
        using (var session = new RunSession(target, StubRun.Requirements, StubRun.Errors, transport, signedIn.Events, twoParty, xmlChannel))
            results = await session.RunAllAsync(StubRun.Cases);
        await twoParty.LeaveAsync();
        await xmlChannel.LeaveAsync();
        await peer.LeaveAsync();
        await signedIn.LeaveAsync();
        return (results, stub.IdleEventAnswers);
    }

    [TestCase(false, TestName = "Signs_in_and_passes_every_case_over_Content_Length_bodies")]
    [TestCase(true, TestName = "Signs_in_and_passes_every_case_over_chunked_bodies")]
    public async Task Signs_in_and_passes_every_case_whatever_the_body_framing(bool chunked)
    {
        var (results, _) = await SignInAndRunAsync(new StubBehaviour { Transport = new TransportBehaviour { Chunked = chunked } });

        StubRun.NotPassed(results).Should().BeEmpty();
    }

    [Test]
    public async Task Passes_every_case_against_the_documented_180_s_hold_and_leaves_without_waiting_one_out()
    {
        var (results, idle) = await SignInAndRunAsync(new StubBehaviour());

        StubRun.NotPassed(results).Should().BeEmpty();
        idle.Should().Be(0, "no event request was held until its 180 s ran out: the run ended without waiting for the held one");
    }

    [Test]
    public async Task Passes_every_case_against_a_server_that_keeps_answering_idle_event_requests()
    {
        var (results, idle) = await SignInAndRunAsync(new StubBehaviour { EventHoldMs = 10 });

        StubRun.NotPassed(results).Should().BeEmpty();
        idle.Should().BePositive("the pump met idle answers (no events, only next) and carried on");
    }
}
