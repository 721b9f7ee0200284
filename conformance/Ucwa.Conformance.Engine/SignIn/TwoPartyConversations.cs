using System.Text.Json.Nodes;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// Flow B, once per two-party case and format (B4–B9): the first account posts startMessaging to the peer;
/// the peer sees the incoming messagingInvitation on its own channel and accepts it; the first account's
/// conversation becomes Connected with addParticipant. Set-ups run one at a time, so that the peer's
/// incoming invitation is unambiguous (it is matched by its subject too). Every conversation opened is left
/// by both accounts at the end (<see cref="LeaveAsync"/>), also after a failure. A conversation whose events are
/// read in XML is started from the first account's second application, whose channel is read in XML.
/// </summary>
public sealed class TwoPartyConversations : ITwoPartySource
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly List<(Uri Conversation, string Token)> _toLeave = [];
    private readonly SignedIn _main;
    private readonly PeerSignedIn _peer;
    private readonly FlowClient _client;
    private readonly TimeSpan _wait;
    private readonly XmlChannelApplication? _xml;

    internal TwoPartyConversations(SignedIn main, PeerSignedIn peer, FlowClient client, TimeSpan wait, XmlChannelApplication? xml)
    {
        _main = main;
        _peer = peer;
        _client = client;
        _wait = wait;
        _xml = xml;
    }

    /// <summary>Flow B's set-up for the two accounts a sign-in flow signed in (it masks their secrets); <paramref name="xml"/> for conversations read in XML.</summary>
    public static TwoPartyConversations For(SignInFlow flow, SignedIn main, PeerSignedIn peer, TimeSpan wait, XmlChannelApplication? xml = null) =>
        new(main, peer, flow.Client, wait, xml);

    public async Task<TwoPartyOpened> OpenAsync(string caseName, WireFormat eventsIn, CancellationToken cancel = default)
    {
        await _oneAtATime.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var main = _main;
            if (eventsIn == WireFormat.Xml)
            {
                if (_xml is null) return TwoPartyOpened.Configuration(NoXmlChannel.NeedsSignIn);
                var opened = await _xml.OpenAsync(cancel).ConfigureAwait(false);
                if (_xml.Application is not { } second) return new TwoPartyOpened(null, opened.Unavailable, opened.TargetFault);
                main = second;
            }

            return new TwoPartyOpened(await SetUpAsync(main, caseName, cancel).ConfigureAwait(false), null);
        }
        catch (SignInException e)
        {
            return new TwoPartyOpened(null, $"the two-party set-up failed at \"{e.Step}\": {e.Problem}", TargetFault: true);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<TwoPartyConversation> SetUpAsync(SignedIn main, string caseName, CancellationToken cancel)
    {
        var start = main.StartMessaging ?? throw _client.Failed("start messaging the peer", "the first account's communication resource has no startMessaging link");
        var mainFrom = main.Events.SoFar.Events.Count;
        var peerFrom = _peer.Events.SoFar.Events.Count;
        var subject = $"addParticipant conformance {caseName} {Guid.NewGuid():N}";

        // B4: the first account invites the peer.
        var body = new JsonObject { ["operationId"] = Guid.NewGuid().ToString("N"), ["to"] = _peer.Uri, ["subject"] = subject, ["importance"] = "Normal" }.ToJsonString();
        var started = await _client.SendAsync("start messaging the peer", "POST", start, main.AccessToken, body, "application/json", cancel, once: true).ConfigureAwait(false);
        if (started.Status != 201 || started.Header("Location") is not { } location || !Uri.TryCreate(start, location, out var invitation))
            throw _client.Failed("start messaging the peer", $"POST {start} answered {started}{(started.Status == 201 ? " without a usable Location" : "")}: {_client.Shown(started.Body)}");

        // The invitation's conversation link names the first account's conversation (SendAnIM.md step 4).
        var read = await _client.JsonAsync("read the messaging invitation", "GET", invitation, main.AccessToken, cancel, once: true).ConfigureAwait(false);
        var conversation = FlowClient.Link(read, invitation, "conversation")
                           ?? throw _client.Failed("read the messaging invitation", $"GET {invitation} answered no \"conversation\" link");
        lock (_toLeave) _toLeave.Add((conversation, main.AccessToken));

        // B6–B7: the peer sees the incoming invitation on its channel and accepts it.
        var peerWait = new ConversationWait(_client, _peer.AccessToken, _wait);
        var incoming = await peerWait.ForEventAsync("peer: wait for the incoming invitation", _peer.Events, peerFrom, e =>
            e is { Type: "started", LinkRel: "messagingInvitation" }
            && e.Properties.GetValueOrDefault("direction") is "Incoming" or null
            && e.Properties.GetValueOrDefault("subject") is var s && (s is null || s == subject), "incoming messagingInvitation started event", cancel).ConfigureAwait(false);
        var links = incoming.HasEmbedded
            ? incoming.Links
            : FlowClient.LinksOf(await _client.JsonAsync("peer: read the incoming invitation", "GET", incoming.Href!, _peer.AccessToken, cancel, once: true).ConfigureAwait(false));
        var baseUrl = incoming.Href ?? _peer.Events.EventsUrl;
        if (links.TryGetValue("conversation", out var peerConversation))
            lock (_toLeave) _toLeave.Add((new Uri(baseUrl, peerConversation), _peer.AccessToken));
        if (!links.TryGetValue("accept", out var acceptHref))
            throw _client.Failed("peer: accept the invitation", $"the incoming invitation {incoming.Href} has no accept link (links: {string.Join(", ", links.Keys)})");
        var accept = new Uri(baseUrl, acceptHref);
        var accepted = await _client.SendAsync("peer: accept the invitation", "POST", accept, _peer.AccessToken, null, null, cancel, once: true).ConfigureAwait(false);
        if (accepted.Status is not (204 or 200))
            throw _client.Failed("peer: accept the invitation", $"POST {accept} answered {accepted}: {_client.Shown(accepted.Body)}");

        // B9: the first account's conversation is Connected and offers addParticipant.
        var ready = await new ConversationWait(_client, main.AccessToken, _wait).ForAddParticipantAsync(
            "wait for the two-party conversation", "read the two-party conversation", main.Events, mainFrom,
            e => e.LinkRel == "conversation" && e.Href == conversation ? conversation : null, cancel, once: true).ConfigureAwait(false);
        return new TwoPartyConversation(ready.AddParticipant, ready.Conversation, ready.State, main.AccessToken, main.Events);
    }

    /// <summary>Both accounts leave every conversation opened (tolerating 404 and 410: already gone), the first account's first.</summary>
    public async Task LeaveAsync()
    {
        List<(Uri Conversation, string Token)> all;
        lock (_toLeave) all = [.. _toLeave];
        foreach (var (conversation, token) in all)
            await _client.Transport.SendAsync("DELETE", conversation, [new("Authorization", "Bearer " + token), new("X-Conformance-Case", "sign-out")], null, null).ConfigureAwait(false);
        lock (_toLeave) _toLeave.Clear();
    }
}
