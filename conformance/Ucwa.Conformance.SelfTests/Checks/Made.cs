using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>
/// Hand-made evidence for the checks' unit tests, beyond <see cref="MadeEvidence"/>: any expectation, several
/// submissions, the events seen, the other format's run. Nothing here reads a fixture or starts a server.
/// </summary>
internal static class Made
{
    public static readonly Uri Target = MadeEvidence.Target;

    /// <summary>The created invitation's Location, as an absolute URL: the GET of the Location asks it.</summary>
    public static readonly Uri Location = new("https://fe1.contoso.com/ucwa/oauth/v1/applications/192/communication/participantInvitations/303");

    /// <summary>The same Location, server-relative, as a 201 usually gives it.</summary>
    public const string RelativeLocation = "/ucwa/oauth/v1/applications/192/communication/participantInvitations/303";

    public static RecordedResponse Response(int status, string reason = "", string? contentType = null, string body = "", params (string Name, string Value)[] headers) =>
        new(status, reason, [.. headers.Select(h => KeyValuePair.Create(h.Name, h.Value)),
            .. contentType is null ? [] : new[] { KeyValuePair.Create("Content-Type", contentType) }], body);

    public static RecordedResponse Created(string? location = RelativeLocation) =>
        location is null ? Response(201, "Created") : Response(201, "Created", headers: ("Location", location));

    /// <summary>A UCWA error answered in JSON, with the members given (null leaves one out).</summary>
    public static RecordedResponse JsonError(int status, string code, string? subcode = null, string? message = "Something went wrong.", string? parameters = null) =>
        Response(status, "Error", "application/json", JsonReason(code, subcode, message, parameters));

    public static string JsonReason(string code, string? subcode = null, string? message = "Something went wrong.", string? parameters = null) =>
        "{" + string.Join(",", new[]
        {
            $"\"code\":\"{code}\"",
            subcode is null ? null : $"\"subcode\":\"{subcode}\"",
            message is null ? null : $"\"message\":\"{message}\"",
            parameters is null ? null : $"\"parameters\":{parameters}",
        }.OfType<string>()) + "}";

    /// <summary>A UCWA error answered in XML, in the UCWA namespace.</summary>
    public static RecordedResponse XmlError(int status, string code, string? subcode = null, string? message = "Something went wrong.") =>
        Response(status, "Error", "application/xml",
            "<reason xmlns=\"http://schemas.microsoft.com/rtc/2012/03/ucwa\">"
            + $"<code>{code}</code>"
            + (subcode is null ? "" : $"<subcode>{subcode}</subcode>")
            + (message is null ? "" : $"<message>{message}</message>")
            + "</reason>");

    /// <summary>
    /// A conforming participantInvitation in JSON (self link <see cref="RelativeLocation"/>, operationId <c>op-1</c>),
    /// changed as asked: <c>("state", "Ringing")</c> sets a property, <c>("direction", null)</c> leaves it out,
    /// <c>("link:cancel", null)</c> leaves out a link.
    /// </summary>
    public static string InvitationJson(params (string Name, string? Value)[] changes)
    {
        var (properties, links) = Invitation(changes);
        return "{" + string.Join(",", properties.Select(p => $"\"{p.Key}\":\"{p.Value}\"")
            .Append("\"_links\":{" + string.Join(",", links.Select(l => $"\"{l.Key}\":{{\"href\":\"{l.Value}\"}}")) + "}")) + "}";
    }

    /// <summary>The same invitation in XML, changed the same way (<c>rel</c> and <c>self</c> become the root's attributes).</summary>
    public static string InvitationXml(params (string Name, string? Value)[] changes)
    {
        var (properties, links) = Invitation(changes);
        var root = new System.Xml.Linq.XElement(Engine.Protocol.UcwaSpec.Namespace + "resource");
        if (properties.Remove("rel", out var rel)) root.SetAttributeValue("rel", rel);
        if (links.Remove("self", out var self)) root.SetAttributeValue("href", self);
        foreach (var (rel2, href) in links)
            root.Add(new System.Xml.Linq.XElement(Engine.Protocol.UcwaSpec.Namespace + "link", new System.Xml.Linq.XAttribute("rel", rel2), new System.Xml.Linq.XAttribute("href", href)));
        foreach (var (name, value) in properties)
            root.Add(new System.Xml.Linq.XElement(Engine.Protocol.UcwaSpec.Namespace + "property", new System.Xml.Linq.XAttribute("name", name), value));
        return root.ToString();
    }

    private static (Dictionary<string, string> Properties, Dictionary<string, string> Links) Invitation((string Name, string? Value)[] changes)
    {
        var properties = new Dictionary<string, string>
        {
            ["rel"] = "participantInvitation",
            ["direction"] = "Outgoing",
            ["state"] = "Connecting",
            ["importance"] = "Normal",
            ["operationId"] = "op-1",
            ["to"] = "sip:john@contoso.com",
        };
        var links = new Dictionary<string, string>
        {
            ["self"] = RelativeLocation,
            ["conversation"] = "/ucwa/oauth/v1/applications/192/communication/conversations/137",
            ["cancel"] = RelativeLocation + "/cancel",
        };
        foreach (var (name, value) in changes)
        {
            var (map, key) = name.StartsWith("link:", StringComparison.Ordinal) ? (links, name[5..]) : (properties, name);
            if (value is null) map.Remove(key);
            else map[key] = value;
        }

        return (properties, links);
    }

    public static HttpExchange Exchange(string method, Uri url, RecordedResponse? response, string? failure = null) =>
        new(new RecordedRequest(method, url, [], null), response, failure);

    /// <summary>One sending: its answer and, when given, the GET of <see cref="Location"/> and the events seen for it.</summary>
    public static Submission Submission(RecordedResponse answer, RecordedResponse? invitation = null, IReadOnlyDictionary<string, string>? sent = null, EventsSeen? events = null) =>
        new(sent ?? new Dictionary<string, string>(), Exchange("POST", Target, answer),
            invitation is null ? null : Exchange("GET", Location, invitation), events);

    /// <summary>A case run in one format. The case is made too: its id, and the answer it expects.</summary>
    public static CaseExchange Run(IReadOnlyList<Submission> submissions, WireFormat format = WireFormat.Json, Expectation? expect = null, string? accept = null, string caseId = "made-case") =>
        new(new CaseDefinition(caseId, "A hand-made case.", [], new RequestDefinition(), expect ?? new Expectation(201)),
            format, Target, accept ?? format.MediaType(), submissions);

    public static Evidence Evidence(params Submission[] submissions) => new(Run(submissions), null);

    public static Evidence Evidence(WireFormat format, params Submission[] submissions) => new(Run(submissions, format), null);

    public static ObservedEvent Event(string type, string? sender = "communication", string? rel = "participantInvitation",
        string? status = null, string? reason = null, bool embedded = false, string? operationId = null) =>
        new(type, sender, rel, Location, status, reason, embedded, operationId);

    public static EventsSeen Seen(params ObservedEvent[] events) => new(events, 0, null, TimeSpan.FromSeconds(1.5));
}
