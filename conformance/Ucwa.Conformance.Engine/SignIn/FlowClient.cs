using System.Text.Json;
using System.Text.Json.Nodes;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// How the set-up flows (sign-in, the peer, each two-party conversation) talk to the server: every request
/// is a named step, recorded in the target profile; a step that fails throws a <see cref="SignInException"/>
/// with the step, the URL and the answer; passwords and tokens are masked in every message.
/// </summary>
internal sealed class FlowClient(HttpTransport transport, TargetProfile profile)
{
    private readonly List<string> _secrets = [];

    public HttpTransport Transport => transport;

    public void Secret(string secret)
    {
        lock (_secrets) _secrets.Add(secret);
    }

    /// <summary>Masks the secrets another client learnt (a flow run beside this one) in this client's messages too.</summary>
    public void Adopt(FlowClient other)
    {
        lock (other._secrets)
            foreach (var secret in other._secrets) Secret(secret);
    }

    /// <param name="once">Record the step in the profile only the first time (steps repeated per case).</param>
    public async Task<RecordedResponse> SendAsync(
        string step, string method, Uri url, string? token, string? body, string? contentType, CancellationToken cancel,
        string? bodyShown = null, bool once = false)
    {
        var headers = token is null ? [new("Accept", "application/json"), new("X-Conformance-Case", "sign-in")] : Headers(token);
        var x = await transport.SendAsync(method, url, headers, body, contentType, cancel, bodyShown: bodyShown).ConfigureAwait(false);
        var answer = x.Response ?? throw Failed(step, x.Failure!);
        var entry = new ProfileEntry(step, $"{method} {url.GetLeftPart(UriPartial.Path)}", answer.Status, answer.ContentType, answer.Header("X-MS-UcwaVersion"),
            LinkRelsOf(answer.Body));
        if (once) profile.AddOnce(entry);
        else profile.Add(entry);
        return answer;
    }

    /// <summary>A request whose answer must be 200 with a JSON body.</summary>
    public async Task<JsonNode> JsonAsync(string step, string method, Uri url, string? token, CancellationToken cancel, bool once = false)
    {
        var answer = await SendAsync(step, method, url, token, null, null, cancel, once: once).ConfigureAwait(false);
        if (answer.Status != 200)
            throw Failed(step, $"{method} {url} answered {answer}: {Shown(answer.Body)}");
        return Parse(step, url, answer);
    }

    public JsonNode Parse(string step, Uri url, RecordedResponse answer)
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

    public static List<KeyValuePair<string, string>> Headers(string token) =>
        [new("Accept", "application/json"), new("Authorization", "Bearer " + token), new("X-Conformance-Case", "sign-in")];

    public static Uri? Link(JsonNode? resource, Uri baseUrl, string rel) =>
        resource?["_links"]?[rel]?["href"]?.GetValue<string>() is { } href && Uri.TryCreate(baseUrl, href, out var url) ? url : null;

    public static Dictionary<string, string> LinksOf(JsonNode resource) =>
        resource["_links"] is JsonObject links
            ? links.Where(l => l.Value?["href"] is not null).ToDictionary(l => l.Key, l => l.Value!["href"]!.GetValue<string>())
            : [];

    public static string? Text(JsonNode? resource, string name) =>
        resource?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static List<string> LinkRelsOf(string body)
    {
        try
        {
            var node = JsonNode.Parse(body);
            var rels = node?["_links"] is JsonObject links ? links.Select(l => l.Key).ToList() : [];
            if (node?["_embedded"] is JsonObject embedded)
                // An embedded relation may hold one resource or an array of them: only a resource's links are listed.
                rels.AddRange(embedded.SelectMany(e => e.Value is JsonObject { } r && r["_links"] is JsonObject l ? l.Select(x => $"{e.Key}.{x.Key}") : []));
            return rels;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public string Shown(string body) => Redact(body.Length <= 500 ? body : body[..500] + "…");

    public SignInException Failed(string step, string problem) => new(step, Redact(problem));

    private string Redact(string text)
    {
        lock (_secrets)
            return Redaction.Without(text, _secrets);
    }
}
