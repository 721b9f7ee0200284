using Ucwa.Conformance.Engine.Fixtures;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Protocol;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Snapshots;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>
/// The report normalized for snapshot verification: every behaviour the judge reads, and no noise. The
/// requirement table, then one row per case and aspect, each row starting with the case's name so a diff
/// line says whose it is: the verdicts; per request the status and the headers the profile speaks of
/// (Content-Type, Location's shape, Allow, X-MS-UcwaVersion, WWW-Authenticate's schemes); for an error body
/// its code, subcode, message and member names (JSON) or element and attribute names (XML); for the
/// invitation read from the Location its rel, state, direction, echoes, property and link names; the event
/// sequence. Volatile values are scrubbed in layers (<see cref="Scrubbers"/>) and numbered within each case
/// (<see cref="Placeholders"/>), so one case's change cannot renumber another's. Cases are sorted, and no
/// timing is shown, so parallel runs give the same text.
/// </summary>
public static class SnapshotView
{
    public static string Write(RunReport report, Func<Uri?, Scrubbers>? scrubbers = null)
    {
        scrubbers ??= Scrubbers.Default;
        var text = new StringBuilder();
        text.AppendLine($"# Conformance snapshot: {report.Name}").AppendLine();
        text.AppendLine("## Requirements").AppendLine();
        text.AppendLine("| Requirement | Level | JSON | XML |").AppendLine("|---|---|---|---|");
        foreach (var r in report.Requirements)
            text.AppendLine($"| {r.Requirement.Id} | {r.Requirement.Level} | {r.Json ?? "—"} | {r.Xml ?? "—"} |");

        text.AppendLine().AppendLine("## Cases").AppendLine();
        text.AppendLine("| Case | Aspect | Seen |").AppendLine("|---|---|---|");
        foreach (var c in report.Cases)
        {
            var placeholders = new Placeholders();
            var scrub = scrubbers(c.Result?.Exchange.TargetUrl);
            foreach (var (aspect, seen) in Rows(c))
                text.AppendLine($"| {c.Name} | {aspect} | {Cell(scrub.Apply(seen, placeholders))} |");
        }

        return text.ToString();
    }

    /// <summary>Volatile values in one piece of text (hosts, ports, GUIDs, dates, ids, tokens), numbered by first sight.</summary>
    public static string Scrub(string text) => Scrubbers.Default().Apply(text);

    private static IEnumerable<(string Aspect, string Seen)> Rows(CaseReport c)
    {
        var outcome = c.ExpectedBy.Count > 0 ? "expected failure" : c.Outcome;
        if (c.Result is null)
        {
            yield return ("outcome", outcome);
            yield break;
        }

        var x = c.Result.Exchange;
        yield return ("outcome", x.NotExercised is null ? outcome : $"{outcome}: {x.NotExercised}");
        yield return ("verdicts", string.Join(", ", c.Result.Verdicts.Select(v => $"{v.Requirement.Id} {Word(v.Outcome)}")));
        for (var i = 0; i < x.Submissions.Count; i++)
        {
            var s = x.Submissions[i];
            var n = x.Submissions.Count == 1 ? "" : $" {i + 1}";
            var location = Observed(s.Post, x.TargetUrl, out var post);
            yield return ("answer" + n, post);
            if (s.Post.Response is { } r && Checks.Observed.IsError(r)) yield return ("error" + n, Error(r.Body));
            if (s.InvitationGet is { } get)
            {
                Observed(get, x.TargetUrl, out var answer);
                yield return ("invitation" + n, answer + Invitation(get, x.Format, s.SentFields));
            }

            if (s.Events is { } events) yield return ("events" + n, Events(events, location));
            // A two-party case records its escalation: the conversation's states and the invitation's and roster's events, in order.
            if (x.Case.Conversation == ConversationKind.TwoParty && s.Conversation is { } timeline) yield return ("escalation" + n, timeline.Steps);
        }
    }

    private static string Word(Verdicts.Outcome outcome) => outcome switch
    {
        Verdicts.Outcome.NotApplicable => "n/a",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>The status and the headers the profile speaks of; the resolved Location, for matching events.</summary>
    private static Uri? Observed(HttpExchange x, Uri target, out string shown)
    {
        if (x.Response is not { } r)
        {
            shown = $"{x.Request.Method}: no response ({x.Failure})";
            return null;
        }

        var parts = new List<string> { $"{x.Request.Method} {r.Status}" };
        if (r.ContentType is { } type) parts.Add("Content-Type " + type);
        var location = r.Header("Location");
        if (location is not null) parts.Add("Location " + location);
        if (r.Header("Allow") is { } allow) parts.Add("Allow " + allow);
        if (r.Header("X-MS-UcwaVersion") is { } version) parts.Add("X-MS-UcwaVersion " + version);
        var schemes = r.Headers.Where(h => string.Equals(h.Key, "WWW-Authenticate", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value.Trim().Split(' ', 2)[0]).ToList();
        if (schemes.Count > 0) parts.Add("WWW-Authenticate " + string.Join(", ", schemes));
        shown = string.Join(" · ", parts);
        return Checks.Observed.Resolve(target, location);
    }

    /// <summary>Code/subcode, the message as written, and the names the body is made of.</summary>
    private static string Error(string body)
    {
        var error = ErrorBody.ReadLenient(body);
        var head = error is null ? "no readable error body" : $"{error} · message {Quote(error.Message)}";
        if (error is { ParameterNames.Count: > 0 }) head += " · parameters " + string.Join(", ", error.ParameterNames);
        return head + " · " + Shape(body);
    }

    /// <summary>JSON: the member names (nested ones as parent.child), sorted. XML: the root's name and namespace, element and attribute names, sorted.</summary>
    private static string Shape(string body)
    {
        switch (MediaType.Sniff(body))
        {
            case Fixtures.WireFormat.Json:
                try
                {
                    using var doc = JsonDocument.Parse(body);
                    var names = new SortedSet<string>(StringComparer.Ordinal);
                    Members(doc.RootElement, "", names);
                    return "members " + Names(names);
                }
                catch (JsonException)
                {
                    return "not JSON";
                }

            case Fixtures.WireFormat.Xml:
                try
                {
                    var root = XDocument.Parse(body).Root!;
                    var ns = root.Name.Namespace == UcwaSpec.Namespace ? "the UCWA namespace" : $"namespace \"{root.Name.NamespaceName}\"";
                    var elements = root.Descendants().Select(e => e.Name.LocalName).ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                    var attributes = root.DescendantsAndSelf().Attributes().Where(a => !a.IsNamespaceDeclaration)
                        .Select(a => a.Name.LocalName).ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                    return $"<{root.Name.LocalName}> in {ns} · elements {Names(elements)} · attributes {Names(attributes)}";
                }
                catch (XmlException)
                {
                    return "not XML";
                }

            default:
                return "neither JSON nor XML";
        }
    }

    private static void Members(JsonElement e, string prefix, SortedSet<string> names)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Members(item, prefix, names);
            return;
        }

        if (e.ValueKind != JsonValueKind.Object) return;
        foreach (var p in e.EnumerateObject())
        {
            names.Add(prefix + p.Name);
            Members(p.Value, prefix + p.Name + ".", names);
        }
    }

    /// <summary>The invitation as the checks read it: rel, self, state, direction, echoes, then the names it holds.</summary>
    private static string Invitation(HttpExchange get, Fixtures.WireFormat format, IReadOnlyDictionary<string, string> sent)
    {
        if (get.Response is not { Status: 200 } ok) return "";
        var (view, problem) = InvitationView.Read(ok.Body, format);
        if (view is null) return " · " + problem;
        var parts = new List<string>
        {
            $"rel {view.Rel ?? "(none)"}",
            $"self {view.SelfHref ?? "(none)"}",
            State(view.Property("state")),
            $"direction {view.Property("direction") ?? "(none)"}",
        };
        foreach (var field in new[] { "to", "operationId" })
        {
            var seen = view.Property(field);
            if (!sent.TryGetValue(field, out var value)) parts.Add($"{field} {(seen is null ? "absent" : Quote(seen))}");
            else parts.Add($"{field} {(seen == value ? "as sent" : seen is null ? "absent" : Quote(seen))}");
        }

        parts.Add("properties " + Names(view.Properties.Keys.Order(StringComparer.Ordinal)));
        parts.Add("links " + Names(view.Links.Keys.Except(ProgressLinks).Order(StringComparer.Ordinal)));
        return " · " + string.Join(" · ", parts);
    }

    /// <summary>Links a server offers only while the invitation is unanswered: like the state, they race the invitee.</summary>
    private static readonly string[] ProgressLinks = ["cancel", "from"];

    /// <summary>
    /// Whether the state read on the GET is a documented one, not the value itself: the GET races the invitee's
    /// answer (Connecting a moment before Connected), so the value would make the snapshot flap on a live server.
    /// The events record the states in order.
    /// </summary>
    private static string State(string? state) =>
        state is null ? "state (none)" : UcwaSpec.InvitationStates.Contains(state) ? "state documented" : $"state {Quote(state)} (not documented)";

    /// <summary>The invitation's events in the order they came: type, link rel, sender, where the link points, the embedded state, the status.</summary>
    private static string Events(EventsSeen seen, Uri? location)
    {
        var events = seen.ForInvitation.Select(e =>
        {
            var parts = new List<string> { e.Type, e.LinkRel ?? "(no rel)", "from " + (e.SenderRel ?? "(no sender)") };
            parts.Add(e.Href == location ? "at the Location" : "at " + e.Href);
            if (e.EmbeddedState is not null) parts.Add("state " + e.EmbeddedState);
            if (e.Status is not null) parts.Add("status " + e.Status);
            if (e.ReasonCode is not null) parts.Add("reason " + e.ReasonCode);
            return string.Join(" ", parts);
        });
        var text = seen.ForInvitation.Count == 0 ? "none" : string.Join(" → ", events);
        return seen.Problem is null ? text : $"{text} ({seen.Problem})";
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names) is { Length: > 0 } list ? list : "(none)";

    private static string Quote(string? text) => text is null ? "(none)" : "\"" + text + "\"";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
