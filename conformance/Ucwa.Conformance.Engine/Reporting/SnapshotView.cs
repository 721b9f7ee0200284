using System.Text;
using System.Text.RegularExpressions;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>
/// The report normalized for snapshot verification: behaviour, not noise. Per case its requirements,
/// format, outcome, observed status, code and subcode, media type, Location and the invitation's state,
/// direction and events; invitation ids become {invitation-1}, {invitation-2} … (the same id, the same
/// placeholder); other ids, hosts, ports, GUIDs, dates and tokens are scrubbed; no timings. Cases are
/// sorted, so parallel runs give the same text.
/// </summary>
public static partial class SnapshotView
{
    public static string Write(RunReport report)
    {
        var invitations = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        text.AppendLine($"# Conformance snapshot: {report.Name}").AppendLine();
        text.AppendLine("| Requirement | Level | JSON | XML |").AppendLine("|---|---|---|---|");
        foreach (var r in report.Requirements)
            text.AppendLine($"| {r.Requirement.Id} | {r.Requirement.Level} | {r.Json ?? "—"} | {r.Xml ?? "—"} |");

        text.AppendLine().AppendLine("| Case | Requirements | Outcome | Answer | Media type | Location | Invitation | Events |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var c in report.Cases)
        {
            var row = c.Result is null
                ? [c.Outcome, "", "", "", "", ""]
                : Observed(c, invitations);
            text.AppendLine($"| {c.Name} | {string.Join(" ", c.Case.Requirements)} | {string.Join(" | ", row)} |");
        }

        return Scrub(text.ToString());
    }

    private static string[] Observed(CaseReport c, Dictionary<string, string> invitations)
    {
        var outcome = c.ExpectedBy.Count > 0 ? "expected failure" : c.Outcome;
        var x = c.Result!.Exchange;
        if (x.Inconclusive is { } why) return [outcome, Scrub(why), "", "", "", ""];

        var answers = x.Submissions.Select(s => s.Response!).ToList();
        var answer = string.Join(", ", answers.Select(Answer));
        var media = string.Join(", ", answers.Select(r => r.ContentType ?? "").Distinct());
        var locations = string.Join(", ", answers.Select(r => Location(r.Header("Location"), invitations)));
        var s0 = x.Primary;
        var (view, _) = Checks.Observed.Invitation(x, s0);
        var invitation = view is null ? "" : $"{view.Property("state")}/{view.Property("direction")}";
        // A two-party case records its escalation: the conversation's states and the invitation's and roster's events, in order.
        var events = x.Case.Conversation == ConversationKind.TwoParty && s0.Conversation is { } timeline ? timeline.Steps
            : s0.Events is null ? ""
            : string.Join(" ", s0.Events.ForInvitation.Select(e => e.Type + (e.Status is null ? "" : ":" + e.Status)));
        return [outcome, answer, media, locations, invitation, events];
    }

    private static string Answer(RecordedResponse r)
    {
        var error = Checks.Observed.IsError(r) ? ErrorBody.ReadLenient(r.Body) : null;
        return error is null ? r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{r.Status} {error.Code}/{Subcodes.Show(error.Subcode)}";
    }

    /// <summary>The Location with its origin and ids scrubbed; the invitation id (last segment) numbered by first sight.</summary>
    private static string Location(string? location, Dictionary<string, string> invitations)
    {
        if (string.IsNullOrEmpty(location)) return "";
        // A server-relative path first: on Unix, Uri takes "/x" for an absolute file:// URI.
        var path = location.StartsWith('/') ? location
            : Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? "{origin}" + absolute.PathAndQuery
            : location;
        var slash = path.LastIndexOf('/');
        var id = path[(slash + 1)..];
        if (!invitations.TryGetValue(id, out var placeholder))
            invitations[id] = placeholder = $"{{invitation-{invitations.Count + 1}}}";
        return IdSegment().Replace(path[..(slash + 1)], "/{id}") + placeholder;
    }

    /// <summary>Volatile values anywhere in the text: GUIDs, long hex ids, hosts and ports, dates, tokens.</summary>
    public static string Scrub(string text)
    {
        text = Token().Replace(text, "{token}");
        text = Guid().Replace(text, "{guid}");
        text = Origin().Replace(text, "{origin}");
        text = Date().Replace(text, "{date}");
        return LongHex().Replace(text, "{id}");
    }

    [GeneratedRegex(@"/(?=[^/]*\d)[0-9A-Za-z-]{4,}(?=/)")]
    private static partial Regex IdSegment();

    [GeneratedRegex(@"cwt=[A-Za-z0-9+/=._-]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"https?://[A-Za-z0-9.-]+(:\d+)?")]
    private static partial Regex Origin();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?\b|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}\b")]
    private static partial Regex LongHex();
}
