using System.Text.Json.Nodes;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// From a server's discovery root to a conversation that offers addParticipant, as every UCWA client does
/// (flow A): root → user → 401 MsRtcOAuth challenge → password grant → user again (following redirect) →
/// create an application → open its event channel → startOnlineMeeting → wait for the conversation's
/// addParticipant link. <see cref="RunPeerAsync"/> signs in flow B's second account the same way, then makes
/// it available for incoming invitations instead of starting a meeting. Every href is learned from an
/// answer. Each failed step stops the run with the step, the URL and the answer; the password and token
/// never appear in a message.
/// </summary>
public sealed class SignInFlow
{
    private const int MaxRedirects = 3;
    private readonly HttpTransport _transport;
    private readonly TimeSpan _linkWait;
    private readonly FlowClient _client;

    /// <param name="profile">Where the steps are recorded; shared when the peer signs in too.</param>
    public SignInFlow(HttpTransport transport, TimeSpan linkWait, TargetProfile? profile = null)
    {
        _transport = transport;
        _linkWait = linkWait;
        Profile = profile ?? new TargetProfile();
        _client = new FlowClient(transport, Profile);
    }

    public TargetProfile Profile { get; }

    /// <param name="events">The format the application's event channel is read in (JSON unless a run needs an XML channel).</param>
    public async Task<SignedIn> RunAsync(Uri discoveryUrl, string username, string password, CancellationToken cancel = default, WireFormat events = WireFormat.Json)
    {
        var app = await CreateApplicationAsync("", discoveryUrl, username, password, cancel).ConfigureAwait(false);
        try
        {
            var startMeeting = FlowClient.Link(app.Resource["_embedded"]?["communication"], app.Base, "startOnlineMeeting")
                               ?? throw _client.Failed("create an application", "the application's communication resource has no startOnlineMeeting link");
            var startMessaging = FlowClient.Link(app.Resource["_embedded"]?["communication"], app.Base, "startMessaging");

            // The channel is open before the meeting starts: events may come before the 201.
            var headers = FlowClient.Headers(app.Token).Select(h => h.Key == "Accept" ? new(h.Key, events.MediaType()) : h).ToList();
            var pump = new EventPump(app.Events, _transport, headers, _linkWait + TimeSpan.FromSeconds(180));
            try
            {
                var meeting = new JsonObject { ["operationId"] = Guid.NewGuid().ToString("N"), ["subject"] = "addParticipant conformance" }.ToJsonString();
                var started = await _client.SendAsync("start an ad hoc meeting", "POST", startMeeting, app.Token, meeting, "application/json", cancel).ConfigureAwait(false);
                if (started.Status != 201)
                    throw _client.Failed("start an ad hoc meeting", $"POST {startMeeting} answered {started}: {_client.Shown(started.Body)}");
                var wait = new ConversationWait(_client, app.Token, _linkWait);
                var ready = await wait.ForAddParticipantAsync("wait for addParticipant", "read the conversation", pump, 0, e =>
                    // The conversation's own events, or the meeting invitation's link to it (OperationResource.md).
                    e.LinkRel == "conversation" ? e.Href
                    : e.LinkRel == "onlineMeetingInvitation" && e.Links.TryGetValue("conversation", out var c) ? new Uri(app.Events, c) : null, cancel).ConfigureAwait(false);
                return new SignedIn(_transport, app.Token, ready.AddParticipant, pump, ready.Conversation, app.Self, Profile, startMessaging);
            }
            catch
            {
                pump.Dispose();
                throw;
            }
        }
        catch
        {
            await DeleteAsync(app).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Flow B's second account (B1–B3): signs in, creates its application, makes itself available for
    /// messaging (required before it can receive an invitation), and opens its own event channel.
    /// Its steps are named "peer: …".
    /// </summary>
    public async Task<PeerSignedIn> RunPeerAsync(Uri discoveryUrl, string username, string password, CancellationToken cancel = default)
    {
        const string who = "peer: ";
        var app = await CreateApplicationAsync(who, discoveryUrl, username, password, cancel).ConfigureAwait(false);
        try
        {
            var me = app.Resource["_embedded"]?["me"];
            var available = FlowClient.Link(me, app.Base, "makeMeAvailable")
                            ?? throw _client.Failed(who + "make me available", "the application's me resource has no makeMeAvailable link");
            // The channel first: the me and communication updates that follow are its first events.
            var pump = new EventPump(app.Events, _transport, FlowClient.Headers(app.Token), _linkWait + TimeSpan.FromSeconds(180));
            try
            {
                var body = new JsonObject { ["SupportedModalities"] = new JsonArray("Messaging") }.ToJsonString();
                var answer = await _client.SendAsync(who + "make me available", "POST", available, app.Token, body, "application/json", cancel).ConfigureAwait(false);
                if (answer.Status is not (204 or 200))
                    throw _client.Failed(who + "make me available", $"POST {available} answered {answer}: {_client.Shown(answer.Body)}");
                var uri = FlowClient.Text(me, "uri") ?? (username.Contains('@', StringComparison.Ordinal) && !username.Contains(':', StringComparison.Ordinal) ? "sip:" + username : username);
                return new PeerSignedIn(_transport, app.Token, uri, pump, app.Self);
            }
            catch
            {
                pump.Dispose();
                throw;
            }
        }
        catch
        {
            await DeleteAsync(app).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The account and, when given, flow B's second account, signed in at once: the two are independent until
    /// the two-party conversations. The peer's steps are recorded after the account's, as if in sequence, and
    /// both accounts' secrets are masked in this flow's messages from then on. What signed in is returned
    /// beside the first failure (the account's before the peer's), for the caller to leave it.
    /// </summary>
    public async Task<(SignedIn? Account, PeerSignedIn? Peer, SignInException? Failure)> RunWithPeerAsync(
        Uri discoveryUrl, (string Username, string Password) account, (string Username, string Password)? peer, CancellationToken cancel = default)
    {
        var peerFlow = new SignInFlow(_transport, _linkWait);
        var signIn = RunAsync(discoveryUrl, account.Username, account.Password, cancel);
        Task<PeerSignedIn>? peerSignIn = peer is { } p ? peerFlow.RunPeerAsync(discoveryUrl, p.Username, p.Password, cancel) : null;
        try
        {
            await Task.WhenAll(peerSignIn is null ? [signIn] : [signIn, peerSignIn]).ConfigureAwait(false);
        }
        catch (SignInException)
        {
            // Read from each task below: both may have failed.
        }

        foreach (var entry in peerFlow.Profile.Entries) Profile.Add(entry);
        _client.Adopt(peerFlow._client);
        var failures = new[] { signIn.Exception, peerSignIn?.Exception }.OfType<AggregateException>().Select(e => e.InnerException!).ToList();
        if (failures.FirstOrDefault(e => e is not SignInException) is { } unexpected)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(unexpected);
        return (signIn.IsCompletedSuccessfully ? signIn.Result : null,
            peerSignIn is { IsCompletedSuccessfully: true } ? peerSignIn.Result : null,
            failures.OfType<SignInException>().FirstOrDefault());
    }

    /// <summary>The masking the flows share: secrets of both accounts, once known, never appear in a message.</summary>
    internal FlowClient Client => _client;

    private sealed record CreatedApplication(string Token, Uri Self, Uri Events, JsonNode Resource, Uri Base);

    private async Task<CreatedApplication> CreateApplicationAsync(string who, Uri discoveryUrl, string username, string password, CancellationToken cancel)
    {
        _client.Secret(password);
        var next = discoveryUrl;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            // A redirect leads to another pool: to its discovery root, or straight to the user resource
            // there, which answers with its own challenge ("repeat from A1 with that href").
            var step = who + (hop == 0 ? "discovery root" : "redirect to another pool");
            var (user, challenge) = await UserAsync(who, step, next, cancel).ConfigureAwait(false);
            var (tokenUrl, grants) = Challenge.Read(challenge.Headers.Where(h => h.Key.Equals("WWW-Authenticate", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value), user);
            if (tokenUrl is null)
                throw _client.Failed(who + "user, without a token", $"GET {user} answered 401 without a WWW-Authenticate: MsRtcOAuth href=… challenge");
            if (!grants.Contains("password"))
                throw _client.Failed(who + "user, without a token", $"the token endpoint {tokenUrl} offers grant types {string.Join(", ", grants)}, not password");

            var token = await TokenAsync(who, tokenUrl, username, password, cancel).ConfigureAwait(false);
            var userAnswer = await _client.JsonAsync(who + "user, with the token", "GET", user, token, cancel).ConfigureAwait(false);
            if (FlowClient.Link(userAnswer, user, "redirect") is { } redirect)
            {
                next = redirect;
                continue;
            }

            var applications = FlowClient.Link(userAnswer, user, "applications") ?? throw _client.Failed(who + "user, with the token", $"GET {user} answered no \"applications\" link");
            return await PostApplicationAsync(who, applications, token, cancel).ConfigureAwait(false);
        }

        throw _client.Failed(who + "discovery root", $"more than {MaxRedirects} redirects, starting from {discoveryUrl}");
    }

    /// <summary>The user resource and its challenge, from a discovery root (its "user" link) or from the user resource itself (a 401).</summary>
    private async Task<(Uri User, RecordedResponse Challenge)> UserAsync(string who, string step, Uri url, CancellationToken cancel)
    {
        var answer = await _client.SendAsync(step, "GET", url, null, null, null, cancel).ConfigureAwait(false);
        if (answer.Status == 401) return (url, answer);
        if (answer.Status != 200)
            throw _client.Failed(step, $"GET {url} answered {answer}, neither a discovery root (200 with a \"user\" link) nor a user resource (401 with a challenge): {_client.Shown(answer.Body)}");
        var user = FlowClient.Link(_client.Parse(step, url, answer), url, "user") ?? throw _client.Failed(step, $"GET {url} answered no \"user\" link");
        var challenge = await _client.SendAsync(who + "user, without a token", "GET", user, null, null, null, cancel).ConfigureAwait(false);
        if (challenge.Status != 401)
            throw _client.Failed(who + "user, without a token", $"GET {user} answered {challenge}, not 401 with an MsRtcOAuth challenge");
        return (user, challenge);
    }

    private async Task<string> TokenAsync(string who, Uri tokenUrl, string username, string password, CancellationToken cancel)
    {
        var form = $"grant_type=password&username={Uri.EscapeDataString(username)}&password={Uri.EscapeDataString(password)}";
        var answer = await _client.SendAsync(who + "token", "POST", tokenUrl, null, form, "application/x-www-form-urlencoded;charset=UTF-8", cancel,
            bodyShown: $"grant_type=password&username={Uri.EscapeDataString(username)}&password={Redaction.Mask}").ConfigureAwait(false);
        if (answer.Status != 200)
            throw _client.Failed(who + "token", $"POST {tokenUrl} answered {answer}: {_client.Shown(answer.Body)}");
        var token = FlowClient.Text(_client.Parse(who + "token", tokenUrl, answer), "access_token")
                    ?? throw _client.Failed(who + "token", $"POST {tokenUrl} answered 200 without an access_token");
        _client.Secret(token);
        return token;
    }

    private async Task<CreatedApplication> PostApplicationAsync(string who, Uri applications, string token, CancellationToken cancel)
    {
        var step = who + "create an application";
        var body = new JsonObject { ["culture"] = "en-US", ["endpointId"] = Guid.NewGuid().ToString(), ["userAgent"] = "Ucwa.Conformance/1.0" }.ToJsonString();
        var created = await _client.SendAsync(step, "POST", applications, token, body, "application/json", cancel).ConfigureAwait(false);
        if (created.Status is not (201 or 200))
            throw _client.Failed(step, $"POST {applications} answered {created}: {_client.Shown(created.Body)}");
        var app = _client.Parse(step, applications, created);
        var self = FlowClient.Link(app, applications, "self") ?? throw _client.Failed(step, "the application has no self link");
        var events = FlowClient.Link(app, applications, "events");
        if (events is null)
        {
            // Never leave an application behind on the server, whatever failed.
            await _transport.SendAsync("DELETE", self, FlowClient.Headers(token), null, null, CancellationToken.None).ConfigureAwait(false);
            throw _client.Failed(step, "the application has no events link");
        }

        return new CreatedApplication(token, self, events, app, applications);
    }

    private Task DeleteAsync(CreatedApplication app) =>
        _transport.SendAsync("DELETE", app.Self, FlowClient.Headers(app.Token), null, null, CancellationToken.None);
}
