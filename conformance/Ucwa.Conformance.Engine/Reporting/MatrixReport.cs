using System.Net;
using System.Text;
using System.Text.Json;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>One requirement as one target's report states it: level, overall outcome, and per format when the report says so.</summary>
public sealed record MatrixCell(string Level, string Outcome, string? Json, string? Xml, bool PerFormat);

/// <summary>One target: the folder its reports are in (reports/&lt;name&gt;/), its counts, and its requirements by ID.</summary>
public sealed record MatrixTarget(string Name, IReadOnlyDictionary<string, int> Summary, IReadOnlyDictionary<string, MatrixCell> Requirements);

/// <summary>
/// The matrix across servers (Autobahn's server × case table): reads every reports/*/conformance-report.json
/// (the contract <see cref="JsonReport"/> writes, so any front door's reports merge) and writes
/// reports/index.html and reports/index.md, requirement × target, each cell the outcome in JSON and XML,
/// linking to that target's own report filtered to the requirement.
/// </summary>
public static class MatrixReport
{
    public const string ReportFile = "conformance-report.json";

    /// <summary>Every target with a report under <paramref name="reportsDirectory"/>, by folder name; a report that cannot be read stops with its path.</summary>
    public static IReadOnlyList<MatrixTarget> Read(string reportsDirectory)
    {
        if (!Directory.Exists(reportsDirectory))
            throw new InvalidDataException($"{reportsDirectory}: no such folder (the reports folder, with one sub-folder per target)");
        return [.. Directory.EnumerateDirectories(reportsDirectory).Order(StringComparer.Ordinal)
            .Select(dir => Path.Combine(dir, ReportFile)).Where(File.Exists).Select(ReadTarget)];
    }

    /// <summary>Writes index.html and index.md beside the target folders; returns their paths.</summary>
    public static IReadOnlyList<string> WriteFiles(string reportsDirectory)
    {
        var targets = Read(reportsDirectory);
        if (targets.Count == 0)
            throw new InvalidDataException($"{reportsDirectory}: no */{ReportFile} found: run the suite first (one run per target, UCWA_REPORT_NAME naming each)");
        var html = Path.Combine(reportsDirectory, "index.html");
        var md = Path.Combine(reportsDirectory, "index.md");
        File.WriteAllText(html, Html(targets));
        File.WriteAllText(md, Markdown(targets));
        return [html, md];
    }

    private static MatrixTarget ReadTarget(string file)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            var summary = root.GetProperty("summary").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
            var requirements = new Dictionary<string, MatrixCell>(StringComparer.Ordinal);
            foreach (var r in root.GetProperty("requirements").EnumerateArray())
            {
                // Per-format outcomes are read where the report carries them; otherwise the overall one stands for both.
                var perFormat = r.TryGetProperty("json", out _) || r.TryGetProperty("xml", out _);
                requirements[Text(r, "id")!] = new MatrixCell(Text(r, "level")!, Text(r, "outcome")!, Text(r, "json"), Text(r, "xml"), perFormat);
            }

            return new MatrixTarget(Path.GetFileName(Path.GetDirectoryName(file))!, summary, requirements);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{file}: not a conformance report this matrix can read: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Requirement IDs in the order the reports list them (the catalogue's), each once.</summary>
    private static List<(string Id, string Level)> Rows(IReadOnlyList<MatrixTarget> targets) =>
        [.. targets.SelectMany(t => t.Requirements.Select(r => (Id: r.Key, r.Value.Level))).DistinctBy(r => r.Id)];

    private static string Counts(MatrixTarget t) =>
        string.Join(", ", t.Summary.Select(s => $"{s.Value} {s.Key}"));

    public static string Markdown(IReadOnlyList<MatrixTarget> targets)
    {
        var md = new StringBuilder("# addParticipant conformance across targets\n\n");
        md.AppendLine("Each cell: the outcome in JSON / in XML (one outcome where the report does not give them per format).").AppendLine();
        foreach (var t in targets) md.AppendLine($"- [{t.Name}]({t.Name}/conformance-report.md): {Counts(t)}");
        md.AppendLine().AppendLine($"| Requirement | Level | {string.Join(" | ", targets.Select(t => $"[{t.Name}]({t.Name}/conformance-report.md)"))} |");
        md.AppendLine($"|---|---|{string.Concat(targets.Select(_ => "---|"))}");
        foreach (var (id, level) in Rows(targets))
            md.AppendLine($"| {id} | {level} | {string.Join(" | ", targets.Select(t => t.Requirements.TryGetValue(id, out var c) ? Words(c) : "not in this report"))} |");
        return md.ToString();
    }

    private static string Words(MatrixCell c) => c.PerFormat ? $"{c.Json ?? "—"} / {c.Xml ?? "—"}" : c.Outcome;

    public static string Html(IReadOnlyList<MatrixTarget> targets)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>addParticipant conformance across targets</title><style>");
        html.AppendLine(Style).AppendLine("</style></head><body>");
        html.AppendLine("<h1>addParticipant conformance across targets</h1>");
        html.AppendLine("<p>Each cell: the outcome in JSON and in XML (one outcome where the report does not give them per format); it links to that target's report, filtered to the requirement.</p>");
        html.AppendLine("<table><thead><tr><th>Requirement</th><th>Level</th>");
        foreach (var t in targets)
            html.AppendLine($"<th><a href=\"{E(t.Name)}/conformance-report.html\">{E(t.Name)}</a><br><small>{E(Counts(t))}</small></th>");
        html.AppendLine("</tr></thead><tbody>");
        foreach (var (id, level) in Rows(targets))
        {
            html.Append($"<tr data-requirement=\"{E(id)}\"><td><code>{E(id)}</code></td><td>{E(level)}</td>");
            foreach (var t in targets)
            {
                if (!t.Requirements.TryGetValue(id, out var c))
                {
                    html.Append("<td class=\"none\">not in this report</td>");
                    continue;
                }

                var link = $"{E(t.Name)}/conformance-report.html?requirement={Uri.EscapeDataString(id)}";
                var spans = c.PerFormat
                    ? $"{Span("JSON", c.Json)} {Span("XML", c.Xml)}"
                    : Span("JSON and XML", c.Outcome);
                html.Append($"<td><a href=\"{link}\">{spans}</a></td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table></body></html>");
        return html.ToString();
    }

    private static string Span(string format, string? outcome) =>
        outcome is null ? $"<span class=\"o none\">{format} —</span>" : $"<span class=\"o {E(outcome)}\">{format} {E(outcome)}</span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1f2328}
        table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left}
        th{background:#f6f8fa}a{text-decoration:none;color:inherit}
        .o{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;font-weight:600;margin:.1rem 0}
        .passed{background:#dafbe1;color:#116329}.failed{background:#ffebe9;color:#a40e26}.warning{background:#fff8c5;color:#7d4e00}
        .inconclusive{background:#ddf4ff;color:#0a3069}.skipped,.not-run,.none{background:#eaeef2;color:#57606a}
        """;
}
