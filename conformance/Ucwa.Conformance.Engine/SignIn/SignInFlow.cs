using System.Text.Json;
using System.Text.Json.Nodes;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// From a server's discovery root to a conversation that offers addParticipant, as every UCWA client does
/// (shared/ucwa-signin-flow.md, flow A): root → user → 401 MsRtcOAuth challenge → password grant → user
/// again (following redirect) → create an application → open its event channel → startOnlineMeeting →
/// wait for the conversation's addParticipant link. Every href is learned from an answer. Each failed step
/// stops the run with the step, the URL and the answer; the password and token never appear in a message.
/// </summary>
public sealed class SignInFlow(HttpTransport transport, TimeSpan linkWait)
{
    private const int MaxRedirects = 3;
    private readonly TargetProfile _profile = new();
    private readonly List<string> _secrets = [];

    public async Task<SignedIn> RunAsync(Uri discoveryUrl, string username, string password, CancellationToken cancel = default)
    {
        _secrets.Add(password);
        var next = discoveryUrl;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            // A redirect leads to another pool: to its discovery root, or straight to the user resource
            // there, which answers with its own challenge (ucwa-signin-flow.md: "repeat from A1 with that href").
            var step = hop == 0 ? "discovery root" : "redirect to another pool";
            var (user, challenge) = await UserAsync(step, next, cancel).ConfigureAwait(false);
            var (tokenUrl, grants) = Challenge.Read(challenge.Headers.Where(h => h.Key.Equals("WWW-Authenticate", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value), user);
            if (tokenUrl is null)
                throw Failed("user, without a token", $"GET {user} answered 401 without a WWW-Authenticate: MsRtcOAuth href=… challenge");
            if (!grants.Contains("password"))
                throw Failed("user, without a token", $"the token endpoint {tokenUrl} offers grant types {string.Join(", ", grants)}, not password");

            var token = await TokenAsync(tokenUrl, username, password, cancel).ConfigureAwait(false);
            var userAnswer = await JsonAsync("user, with the token", "GET", user, token, cancel).ConfigureAwait(false);
            if (Link(userAnswer, user, "redirect") is { } redirect)
            {
                next = redirect;
                continue;
            }

            var applications = Link(userAnswer, user, "applications") ?? throw Failed("user, with the token", $"GET {user} answered no \"applications\" link");
            return await StartAsync(applications, token, cancel).ConfigureAwait(false);
        }

        throw Failed("discovery root", $"more than {MaxRedirects} redirects, starting from {discoveryUrl}");
    }

    /// <summary>The user resource and its challenge, from a discovery root (its "user" link) or from the user resource itself (a 401).</summary>
    private async Task<(Uri User, RecordedResponse Challenge)> UserAsync(string step, Uri url, CancellationToken cancel)
    {
        var answer = await SendAsync(step, "GET", url, null, null, null, cancel).ConfigureAwait(false);
        if (answer.Status == 401) return (url, answer);
        if (answer.Status != 200)
            throw Failed(step, $"GET {url} answered {answer}, neither a discovery root (200 with a \"user\" link) nor a user resource (401 with a challenge): {Shown(answer.Body)}");
        var user = Link(Parse(step, url, answer), url, "user") ?? throw Failed(step, $"GET {url} answered no \"user\" link");
        var challenge = await SendAsync("user, without a token", "GET", user, null, null, null, cancel).ConfigureAwait(false);
        if (challenge.Status != 401)
            throw Failed("user, without a token", $"GET {user} answered {challenge}, not 401 with an MsRtcOAuth challenge");
        return (user, challenge);
    }

    private async Task<string> TokenAsync(Uri tokenUrl, string username, string password, CancellationToken cancel)
    {
        var form = $"grant_type=password&username={Uri.EscapeDataString(username)}&password={Uri.EscapeDataString(password)}";
        var answer = await SendAsync("token", "POST", tokenUrl, null, form, "application/x-www-form-urlencoded;charset=UTF-8", cancel,
            bodyShown: $"grant_type=password&username={Uri.EscapeDataString(username)}&password={Redaction.Mask}").ConfigureAwait(false);
        if (answer.Status != 200)
            throw Failed("token", $"POST {tokenUrl} answered {answer}: {Shown(answer.Body)}");
        var token = Parse("token", tokenUrl, answer)["access_token"]?.GetValue<string>()
                    ?? throw Failed("token", $"POST {tokenUrl} answered 200 without an access_token");
        _secrets.Add(token);
        return token;
    }

    private async Task<SignedIn> StartAsync(Uri applications, string token, CancellationToken cancel)
    {
        var body = new JsonObject { ["culture"] = "en-US", ["endpointId"] = Guid.NewGuid().ToString(), ["userAgent"] = "Ucwa.Conformance/1.0" }.ToJsonString();
        var created = await SendAsync("create an application", "POST", applications, token, body, "application/json", cancel).ConfigureAwait(false);
        if (created.Status is not (201 or 200))
            throw Failed("create an application", $"POST {applications} answered {created}: {Shown(created.Body)}");
        var app = Parse("create an application", applications, created);
        var self = Link(app, applications, "self") ?? throw Failed("create an application", "the application has no self link");
        try
        {
            var eventsUrl = Link(app, applications, "events") ?? throw Failed("create an application", "the application has no events link");
            var startMeeting = Link(app["_embedded"]?["communication"], applications, "startOnlineMeeting")
                               ?? throw Failed("create an application", "the application's communication resource has no startOnlineMeeting link");

            // The channel is open before the meeting starts: events may come before the 201.
            var pump = new EventPump(eventsUrl, transport, Headers(token), linkWait + TimeSpan.FromSeconds(180));
            try
            {
                var meeting = new JsonObject { ["operationId"] = Guid.NewGuid().ToString("N"), ["subject"] = "addParticipant conformance" }.ToJsonString();
                var started = await SendAsync("start an ad hoc meeting", "POST", startMeeting, token, meeting, "application/json", cancel).ConfigureAwait(false);
                if (started.Status != 201)
                    throw Failed("start an ad hoc meeting", $"POST {startMeeting} answered {started}: {Shown(started.Body)}");
                var (addParticipant, conversation) = await AwaitAddParticipantAsync(pump, eventsUrl, token, cancel).ConfigureAwait(false);
                return new SignedIn(transport, token, addParticipant, pump, conversation, self, _profile);
            }
            catch
            {
                pump.Dispose();
                throw;
            }
        }
        catch
        {
            // Never leave an application behind on the server, whatever failed.
            await transport.SendAsync("DELETE", self, Headers(token), null, null, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Waits for the link itself, not for a sequence of states: servers skip states. A conversation event
    /// with the link embedded ends the wait; one without it is read with a GET.
    /// </summary>
    private async Task<(Uri AddParticipant, Uri Conversation)> AwaitAddParticipantAsync(EventPump pump, Uri eventsUrl, string token, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + linkWait;
        var next = 0;
        var lastSeen = "no conversation event";
        while (DateTime.UtcNow < deadline)
        {
            var (events, after, channelFailure) = await pump.NextEventsAsync(next, deadline - DateTime.UtcNow, cancel).ConfigureAwait(false);
            next = after;
            if (channelFailure is not null) throw Failed("wait for addParticipant", channelFailure);

            foreach (var e in events)
            {
                // The conversation's own events, or the meeting invitation's link to it (OperationResource.md).
                var href = e.LinkRel == "conversation" ? e.Href
                    : e.LinkRel == "onlineMeetingInvitation" && e.Links.TryGetValue("conversation", out var c) ? new Uri(eventsUrl, c) : null;
                if (href is null) continue;
                var links = e.LinkRel == "conversation" && e.HasEmbedded ? e.Links : null;
                var state = e.EmbeddedState;
                if (links is null)
                {
                    var read = await JsonAsync("read the conversation", "GET", href, token, cancel).ConfigureAwait(false);
                    links = LinksOf(read);
                    state = read["state"]?.GetValue<string>();
                }

                lastSeen = $"conversation {href} in state {state ?? "(unknown)"} with links {string.Join(", ", links.Keys)}";
                if (links.TryGetValue("addParticipant", out var link))
                    return (new Uri(href, link), href);
            }
        }

        throw Failed("wait for addParticipant", $"no addParticipant link within {linkWait.TotalSeconds:0.#} s (EventTimeoutSeconds); last seen: {lastSeen}");
    }

    private async Task<RecordedResponse> SendAsync(
        string step, string method, Uri url, string? token, string? body, string? contentType, CancellationToken cancel, string? bodyShown = null)
    {
        var headers = token is null ? [new("Accept", "application/json"), new("X-Conformance-Case", "sign-in")] : Headers(token);
        var x = await transport.SendAsync(method, url, headers, body, contentType, cancel, bodyShown: bodyShown).ConfigureAwait(false);
        var answer = x.Response ?? throw Failed(step, x.Failure!);
        _profile.Add(new ProfileEntry(step, $"{method} {url.GetLeftPart(UriPartial.Path)}", answer.Status, answer.ContentType, answer.Header("X-MS-UcwaVersion"),
            LinkRelsOf(answer.Body)));
        return answer;
    }

    private async Task<JsonNode> JsonAsync(string step, string method, Uri url, string? token, CancellationToken cancel)
    {
        var answer = await SendAsync(step, method, url, token, null, null, cancel).ConfigureAwait(false);
        if (answer.Status != 200)
            throw Failed(step, $"{method} {url} answered {answer}: {Shown(answer.Body)}");
        return Parse(step, url, answer);
    }

    private JsonNode Parse(string step, Uri url, RecordedResponse answer)
    {
        try
        {
            return JsonNode.Parse(answer.Body) ?? throw Failed(step, $"{url} answered an empty body");
        }
        catch (JsonException e)
        {
            throw Failed(step, $"{url} answered a body that is not JSON ({e.Message}): {Shown(answer.Body)}");
        }
    }

    private static List<KeyValuePair<string, string>> Headers(string token) =>
        [new("Accept", "application/json"), new("Authorization", "Bearer " + token), new("X-Conformance-Case", "sign-in")];

    private static Uri? Link(JsonNode? resource, Uri baseUrl, string rel) =>
        resource?["_links"]?[rel]?["href"]?.GetValue<string>() is { } href && Uri.TryCreate(baseUrl, href, out var url) ? url : null;

    private static Dictionary<string, string> LinksOf(JsonNode resource) =>
        resource["_links"] is JsonObject links
            ? links.Where(l => l.Value?["href"] is not null).ToDictionary(l => l.Key, l => l.Value!["href"]!.GetValue<string>())
            : [];

    private static List<string> LinkRelsOf(string body)
    {
        try
        {
            var node = JsonNode.Parse(body);
            var rels = node?["_links"] is JsonObject links ? links.Select(l => l.Key).ToList() : [];
            if (node?["_embedded"] is JsonObject embedded)
                rels.AddRange(embedded.SelectMany(e => e.Value?["_links"] is JsonObject l ? l.Select(x => $"{e.Key}.{x.Key}") : []));
            return rels;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private string Shown(string body) => Redact(body.Length <= 500 ? body : body[..500] + "…");

    private SignInException Failed(string step, string problem) => new(step, Redact(problem));

    private string Redact(string text) =>
        _secrets.Where(s => s.Length > 0).Aggregate(text, (t, secret) => t.Replace(secret, Redaction.Mask, StringComparison.Ordinal));
}
