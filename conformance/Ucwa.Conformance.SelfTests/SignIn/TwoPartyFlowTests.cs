using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.SignIn;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.SignIn;

/// <summary>Flow B against the stub: the peer signs in, each set-up gives a fresh Connected conversation, and everything is left at the end.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class TwoPartyFlowTests
{
    /// <summary>Both accounts signed in to the stub, one after the other.</summary>
    private static async Task<(SignInFlow Flow, SignedIn Main, PeerSignedIn Peer)> SignInBothAsync(StubServer stub, HttpTransport transport)
    {
        var flow = new SignInFlow(transport, TimeSpan.FromSeconds(10));
        var main = await flow.RunAsync(stub.DiscoveryUrl, stub.Username, stub.Password);
        return (flow, main, await flow.RunPeerAsync(stub.DiscoveryUrl, stub.PeerUsername, stub.PeerPassword));
    }

    [Test]
    public async Task Each_set_up_is_a_fresh_Connected_conversation_and_both_accounts_leave_them_all()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var transport = new HttpTransport(TimeSpan.FromSeconds(5), 4);
        var (flow, main, peer) = await SignInBothAsync(stub, transport);
        var twoParty = TwoPartyConversations.For(flow, main, peer, TimeSpan.FromSeconds(10));

        var first = await twoParty.OpenAsync("one.json", WireFormat.Json);
        var second = await twoParty.OpenAsync("one.xml", WireFormat.Json);
        await twoParty.LeaveAsync();
        await peer.LeaveAsync();
        await main.LeaveAsync();

        first.Conversation!.State.Should().Be("Connected");
        second.Conversation!.Conversation.Should().NotBe(first.Conversation.Conversation, "an escalated conversation is not two-party any more");
        first.Conversation.AddParticipantUrl.Should().NotBe(main.AddParticipantUrl);
        stub.Lifecycle.Count(l => l == "invitation accepted").Should().Be(2);
        stub.Lifecycle.Count(l => l == "conversation left").Should().Be(5, "each account leaves both two-party conversations, and the meeting is left");
        stub.Lifecycle.Count(l => l == "application deleted").Should().Be(2);
        flow.Profile.Entries.Select(e => e.Step).Should().Contain(["peer: make me available", "start messaging the peer", "peer: accept the invitation"])
            .And.OnlyHaveUniqueItems("a step repeated per case is shown once");
    }

    [Test]
    public async Task A_conversation_read_in_XML_is_started_from_the_second_application_whose_channel_is_read_in_XML()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var transport = new HttpTransport(TimeSpan.FromSeconds(5), 4);
        var (flow, main, peer) = await SignInBothAsync(stub, transport);
        var xml = new XmlChannelApplication(flow, stub.DiscoveryUrl, stub.Username, stub.Password);
        var twoParty = TwoPartyConversations.For(flow, main, peer, TimeSpan.FromSeconds(10), xml);

        var inJson = await twoParty.OpenAsync("one.json", WireFormat.Json);
        var inXml = await twoParty.OpenAsync("one.xml", WireFormat.Xml);
        await twoParty.LeaveAsync();
        await xml.LeaveAsync();
        await peer.LeaveAsync();
        await main.LeaveAsync();

        inJson.Conversation!.Events.Should().BeSameAs(main.Events);
        inXml.Conversation!.State.Should().Be("Connected");
        inXml.Conversation.Events.Should().NotBeSameAs(main.Events);
        inXml.Conversation.Events.SoFar.Events.Select(e => e.Delivery!).Should().NotBeEmpty()
            .And.OnlyContain(d => d.Accept == "application/xml" && d.Looks == WireFormat.Xml);
        inXml.Conversation.AddParticipantUrl.Should().NotBe(inJson.Conversation.AddParticipantUrl);
        stub.Lifecycle.Count(l => l == "application deleted").Should().Be(3, "the second application is left too");
    }

    [Test]
    public async Task A_run_without_a_second_application_has_no_conversation_read_in_XML_and_says_why()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var transport = new HttpTransport(TimeSpan.FromSeconds(5), 4);
        var (flow, main, peer) = await SignInBothAsync(stub, transport);
        var twoParty = TwoPartyConversations.For(flow, main, peer, TimeSpan.FromSeconds(10));

        var inXml = await twoParty.OpenAsync("one.xml", WireFormat.Xml);
        await peer.LeaveAsync();
        await main.LeaveAsync();

        inXml.Conversation.Should().BeNull();
        inXml.TargetFault.Should().BeFalse("it is the run's configuration");
        inXml.Unavailable.Should().Be(NoXmlChannel.NeedsSignIn);
    }

    [Test]
    public async Task Both_accounts_sign_in_at_once_and_the_profile_lists_the_accounts_steps_before_the_peers()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var transport = new HttpTransport(TimeSpan.FromSeconds(5), 4);
        var flow = new SignInFlow(transport, TimeSpan.FromSeconds(10));

        var (main, peer, failure) = await flow.RunWithPeerAsync(stub.DiscoveryUrl, (stub.Username, stub.Password), (stub.PeerUsername, stub.PeerPassword));
        await peer!.LeaveAsync();
        await main!.LeaveAsync();

        failure.Should().BeNull();
        var steps = flow.Profile.Entries.Select(e => e.Step).ToList();
        steps.Should().Contain("peer: make me available");
        steps.SkipWhile(s => !s.StartsWith("peer: ", StringComparison.Ordinal)).Should().OnlyContain(s => s.StartsWith("peer: ", StringComparison.Ordinal),
            "the peer's steps follow the account's, as if in sequence, whatever the interleaving");
    }

    [Test]
    public async Task A_peer_that_cannot_sign_in_is_the_failure_and_the_account_that_did_is_returned_to_be_left()
    {
        using var stub = StubServer.Start(FixturePaths.Root);
        using var transport = new HttpTransport(TimeSpan.FromSeconds(5), 4);
        var flow = new SignInFlow(transport, TimeSpan.FromSeconds(10));
        const string wrong = "not-the-peers-password";

        var (main, peer, failure) = await flow.RunWithPeerAsync(stub.DiscoveryUrl, (stub.Username, stub.Password), (stub.PeerUsername, wrong));
        await main!.LeaveAsync();

        peer.Should().BeNull();
        failure!.Step.Should().StartWith("peer: ");
        failure.Message.Should().NotContain(wrong);
        stub.Lifecycle.Count(l => l == "application deleted").Should().Be(1, "the account's application is left; the peer made none");
    }
}
