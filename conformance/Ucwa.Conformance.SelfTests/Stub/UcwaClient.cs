using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Ucwa.Conformance.SelfTests.StubAsServer; // folder Stub/ (the name Stub would hide the Ucwa.Conformance.Stub namespace)

/// <summary>
/// A plain UCWA client for the stub's journey tests, written from the documentation's task pages with
/// HttpClient, System.Text.Json and System.Xml.Linq only (neither the suite's engine nor the stub's code): it
/// follows links, reads resources and event pages in JSON or XML, and never builds a path.
/// </summary>
internal sealed class UcwaClient(Uri root, bool xml) : IDisposable
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/rtc/2012/03/ucwa";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string? Token { get; set; }

    public string MediaType => xml ? "application/xml" : "application/json";

    public Uri Resolve(string href) => new(root, href);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, string? body = null, string? contentType = null, bool withToken = true)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        if (withToken && Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType ?? MediaType);
        return await _http.SendAsync(request);
    }

    /// <summary>A POST body in the negotiated format: a JSON object, or an XML &lt;input&gt; with properties.</summary>
    public string Input(params (string Name, object Value)[] fields)
    {
        if (!xml)
            return new JsonObject(fields.Select(f => KeyValuePair.Create(f.Name, f.Value is string[] list
                ? (JsonNode?)new JsonArray([.. list.Select(i => (JsonNode)JsonValue.Create(i))])
                : JsonValue.Create((string)f.Value)))).ToJsonString();
        return new XElement(Ns + "input", fields.Select(f => f.Value is string[] list
            ? new XElement(Ns + "propertyList", new XAttribute("name", f.Name), list.Select(i => new XElement(Ns + "item", i)))
            : new XElement(Ns + "property", new XAttribute("name", f.Name), f.Value))).ToString();
    }

    public async Task<Resource> ReadAsync(HttpResponseMessage answer)
    {
        var body = await answer.Content.ReadAsStringAsync();
        return xml ? Resource.FromXml(XElement.Parse(body)) : Resource.FromJson(JsonNode.Parse(body)!.AsObject());
    }

    public async Task<Resource> GetAsync(Uri url)
    {
        using var answer = await SendAsync(HttpMethod.Get, url);
        if ((int)answer.StatusCode != 200) throw new InvalidOperationException($"GET {url} answered {(int)answer.StatusCode}");
        return await ReadAsync(answer);
    }

    /// <summary>One event page: its next link and its events, each with its sender.</summary>
    public async Task<(Uri? Next, List<Event> Events)> EventsAsync(Uri url)
    {
        using var answer = await SendAsync(HttpMethod.Get, url);
        if ((int)answer.StatusCode != 200) throw new InvalidOperationException($"GET {url} answered {(int)answer.StatusCode}");
        var body = await answer.Content.ReadAsStringAsync();
        if (xml)
        {
            var page = XElement.Parse(body);
            var next = page.Elements(Ns + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "next")?.Attribute("href")?.Value;
            var events = page.Elements(Ns + "sender").SelectMany(s => s.Elements().Select(e => new Event(
                (string)s.Attribute("rel")!, e.Name.LocalName, (string)e.Attribute("rel")!, (string)e.Attribute("href")!,
                e.Elements(Ns + "property").FirstOrDefault(p => (string?)p.Attribute("name") == "status")?.Value,
                e.Element(Ns + "resource") is { } r ? Resource.FromXml(r) : null))).ToList();
            return (next is null ? null : Resolve(next), events);
        }

        var json = JsonNode.Parse(body)!.AsObject();
        var nextHref = json["_links"]?["next"]?["href"]?.GetValue<string>();
        var list = (json["sender"]?.AsArray() ?? []).SelectMany(s => s!["events"]!.AsArray().Select(e => new Event(
            s["rel"]!.GetValue<string>(), e!["type"]!.GetValue<string>(), e["link"]!["rel"]!.GetValue<string>(), e["link"]!["href"]!.GetValue<string>(),
            e["status"]?.GetValue<string>(),
            e["_embedded"]?.AsObject().Select(p => p.Value).OfType<JsonObject>().Select(Resource.FromJson).FirstOrDefault()))).ToList();
        return (nextHref is null ? null : Resolve(nextHref), list);
    }

    public void Dispose() => _http.Dispose();

    internal sealed record Event(string Sender, string Type, string Rel, string Href, string? Status, Resource? Embedded);

    /// <summary>A resource's properties (lists joined by commas), links and embedded resources.</summary>
    internal sealed record Resource(string Href, Dictionary<string, string> Properties, ILookup<string, string> Links, Dictionary<string, Resource> Embedded)
    {
        public string? Link(string rel) => Links[rel].FirstOrDefault();

        public static Resource FromJson(JsonObject o)
        {
            var links = new List<(string, string)>();
            foreach (var (rel, value) in o["_links"]?.AsObject() ?? [])
            {
                if (value is JsonArray many) links.AddRange(many.Select(l => (rel, l!["href"]!.GetValue<string>())));
                else links.Add((rel, value!["href"]!.GetValue<string>()));
            }

            var properties = o.Where(p => p.Key is not ("_links" or "_embedded") && p.Value is JsonValue or JsonArray)
                .ToDictionary(p => p.Key, p => p.Value is JsonArray a ? string.Join(",", a.Select(i => i!.ToString())) : p.Value!.ToString());
            var embedded = (o["_embedded"]?.AsObject() ?? []).Where(e => e.Value is JsonObject).ToDictionary(e => e.Key, e => FromJson(e.Value!.AsObject()));
            return new Resource(links.FirstOrDefault(l => l.Item1 == "self").Item2 ?? "", properties, links.ToLookup(l => l.Item1, l => l.Item2), embedded);
        }

        public static Resource FromXml(XElement e)
        {
            var properties = e.Elements(Ns + "property").ToDictionary(p => (string)p.Attribute("name")!, p => p.Value);
            foreach (var list in e.Elements(Ns + "propertyList"))
                properties[(string)list.Attribute("name")!] = string.Join(",", list.Elements(Ns + "item").Select(i => i.Value));
            var links = e.Elements(Ns + "link").Select(l => ((string)l.Attribute("rel")!, (string)l.Attribute("href")!))
                .Append(("self", (string)e.Attribute("href")!)).ToLookup(l => l.Item1, l => l.Item2);
            var embedded = e.Elements(Ns + "resource").ToDictionary(r => (string)r.Attribute("rel")!, FromXml);
            return new Resource((string)e.Attribute("href")!, properties, links, embedded);
        }
    }
}
