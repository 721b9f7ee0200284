using System.Net;
using System.Text;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>
/// conformance-report.html, for people who would rather look than read: one self-contained file (its style
/// and its small script inline, nothing fetched), the target profile, the requirement table with each
/// outcome coloured, and every case with its messages and its redacted exchange folded in &lt;details&gt;.
/// A filter by outcome and by requirement hides what does not match; it also reads <c>?outcome=</c> and
/// <c>?requirement=</c> from the address, so a link (from the matrix) can open the page filtered.
/// </summary>
public static class HtmlReport
{
    public static string Write(RunReport report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>addParticipant conformance report: {E(report.Name)}</title>");
        // Recorded before anything else runs, so a test in a headless browser can see any script error.
        html.AppendLine("<script>window.addEventListener('error',function(e){var d=document.documentElement;d.dataset.scriptErrors=(d.dataset.scriptErrors||'')+e.message+';';});</script>");
        html.AppendLine("<style>").AppendLine(Style).AppendLine("</style></head><body>");
        html.AppendLine($"<h1>addParticipant conformance report: {E(report.Name)}</h1>");
        html.AppendLine($"<p>Target: <code>{E(report.Target)}</code></p>");
        html.Append("<p class=\"summary\">");
        foreach (var outcome in Outcomes)
            html.Append($"<span class=\"badge {outcome}\">{report.Count(outcome)} {outcome}</span> ");
        html.AppendLine("<span>(cases in one format each)</span></p>");
        foreach (var problem in report.Problems) html.AppendLine($"<p class=\"problem\"><strong>Run problem:</strong> {E(problem)}</p>");

        Filter(html, report);
        Profile(html, report);
        Requirements(html, report);
        Cases(html, report);
        html.AppendLine("<script>").AppendLine(Script).AppendLine("</script>");
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static readonly string[] Outcomes =
        [ReportOutcome.Passed, ReportOutcome.Failed, ReportOutcome.Warning, ReportOutcome.Inconclusive, ReportOutcome.Skipped];

    private static void Filter(StringBuilder html, RunReport report)
    {
        html.AppendLine("<form id=\"filter\" class=\"filter\"><label>Outcome <select id=\"filter-outcome\"><option value=\"\">all</option>");
        foreach (var outcome in Outcomes.Append(ReportOutcome.NotRun)) html.AppendLine($"<option>{outcome}</option>");
        html.AppendLine("</select></label> <label>Requirement <select id=\"filter-requirement\"><option value=\"\">all</option>");
        foreach (var r in report.Requirements) html.AppendLine($"<option>{E(r.Requirement.Id)}</option>");
        html.AppendLine("</select></label> <span id=\"filter-count\"></span></form>");
    }

    private static void Profile(StringBuilder html, RunReport report)
    {
        if (report.Profile is not { } profile) return;
        html.AppendLine("<h2>Target profile (seen while signing in)</h2>");
        html.AppendLine("<table class=\"profile\"><thead><tr><th>Step</th><th>Request</th><th>Status</th><th>Media type</th><th>X-MS-UcwaVersion</th><th>Link relations</th></tr></thead><tbody>");
        foreach (var e in profile.Entries)
        {
            html.AppendLine($"<tr><td>{E(e.Step)}</td><td><code>{E(e.Request)}</code></td><td>{e.Status}</td><td>{E(e.MediaType ?? "—")}</td>"
                            + $"<td>{E(e.UcwaVersion ?? "—")}</td><td>{E(string.Join(", ", e.LinkRels))}</td></tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static void Requirements(StringBuilder html, RunReport report)
    {
        html.AppendLine("<h2>Requirements</h2>");
        html.AppendLine("<table class=\"requirements\"><thead><tr><th>ID</th><th>Level</th><th>Requirement</th><th>Outcome</th><th>JSON</th><th>XML</th></tr></thead><tbody>");
        foreach (var r in report.Requirements)
        {
            var id = r.Requirement.Id;
            html.AppendLine($"<tr class=\"requirement\" data-requirement=\"{E(id)}\" data-outcome=\"{E(r.Outcome)}\">"
                            + $"<td><a href=\"#\" data-pick=\"{E(id)}\">{E(id)}</a></td><td>{r.Requirement.Level}</td><td>{E(r.Requirement.Text)}</td>"
                            + $"{Cell(r.Outcome)}{Cell(r.Json)}{Cell(r.Xml)}</tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static void Cases(StringBuilder html, RunReport report)
    {
        html.AppendLine("<h2>Cases</h2>");
        html.AppendLine("<p><button type=\"button\" id=\"open-all\">Open all</button> <button type=\"button\" id=\"close-all\">Close all</button></p>");
        foreach (var c in report.Cases)
        {
            html.AppendLine($"<details class=\"case\" id=\"case-{E(c.Name)}\" data-outcome=\"{E(c.Outcome)}\" data-requirements=\"{E(string.Join(" ", c.Case.Requirements))}\">");
            html.AppendLine($"<summary><span class=\"badge {E(c.Outcome)}\">{E(c.Outcome)}</span> <code>{E(c.Name)}</code> {E(c.Case.Summary)}</summary>");
            html.AppendLine($"<p class=\"requirements-of-case\">Requirements: {string.Join(" ", c.Case.Requirements.Select(id => $"<code>{E(id)}</code>"))}</p>");
            if (c.Result is { } result)
            {
                html.AppendLine("<table class=\"verdicts\"><tbody>");
                foreach (var v in result.Verdicts)
                {
                    var word = v.Outcome == Verdicts.Outcome.NotApplicable ? "n/a" : v.Outcome.ToString().ToLowerInvariant();
                    html.AppendLine($"<tr><td><code>{E(v.Requirement.Id)}</code></td>{Cell(word)}<td>{E(string.Join(" ", new[] { v.Expected is null ? null : "expected: " + v.Expected, v.Seen is null ? null : "seen: " + v.Seen, v.Note }.OfType<string>()))}</td></tr>");
                }

                html.AppendLine("</tbody></table>");
            }

            if (c.Message.Length > 0) html.AppendLine($"<pre class=\"message\">{E(c.Message)}</pre>");
            if (c.Result is { } run)
            {
                html.AppendLine($"<p>Rerun it: <code>{E(Repro.Rerun(report.RerunSettings, c.Name))}</code></p>");
                html.AppendLine("<details class=\"exchange\"><summary>Exchange (secrets redacted)</summary>");
                if (Repro.Curl(run) is { } curl) html.AppendLine($"<p>By hand:</p><pre>{E(curl)}</pre>");
                html.AppendLine($"<pre>{E(Transcript.Of(run.Exchange))}</pre></details>");
            }

            html.AppendLine("</details>");
        }
    }

    private static string Cell(string? outcome) =>
        outcome is null ? "<td class=\"none\">—</td>" : $"<td class=\"outcome {E(outcome.Replace('/', '-'))}\">{E(outcome)}</td>";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1f2328;max-width:80rem}
        h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td code{word-break:break-all}code,pre{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.85rem}
        pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
        .badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;font-weight:600}
        .passed{background:#dafbe1;color:#116329}.failed{background:#ffebe9;color:#a40e26}.warning{background:#fff8c5;color:#7d4e00}
        .inconclusive{background:#ddf4ff;color:#0a3069}.skipped,.not-run,.n-a,.none{background:#eaeef2;color:#57606a}
        td.outcome{font-weight:600}.problem{background:#ffebe9;padding:.5rem}
        .filter{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #d0d7de}
        details.case{border:1px solid #d0d7de;border-radius:.3rem;margin:.3rem 0;padding:.2rem .5rem}
        details.case>summary{cursor:pointer}details.exchange{margin:.5rem 0}
        [hidden]{display:none!important}
        """;

    // Filters cases and requirement rows by outcome and requirement; reads and writes ?outcome= and ?requirement=.
    private const string Script = """
        (function(){
          var outcome=document.getElementById('filter-outcome'),requirement=document.getElementById('filter-requirement');
          var query=new URLSearchParams(location.search);
          if(query.get('outcome'))outcome.value=query.get('outcome');
          if(query.get('requirement'))requirement.value=query.get('requirement');
          function apply(){
            var o=outcome.value,r=requirement.value,shown=0,cases=document.querySelectorAll('details.case');
            cases.forEach(function(c){
              var show=(!o||c.dataset.outcome===o)&&(!r||c.dataset.requirements.split(' ').indexOf(r)>=0);
              c.hidden=!show;if(show)shown++;
            });
            document.querySelectorAll('tr.requirement').forEach(function(row){
              row.hidden=!((!o||row.dataset.outcome===o)&&(!r||row.dataset.requirement===r));
            });
            document.getElementById('filter-count').textContent=shown+' of '+cases.length+' cases shown';
          }
          outcome.addEventListener('change',apply);requirement.addEventListener('change',apply);
          document.querySelectorAll('a[data-pick]').forEach(function(a){
            a.addEventListener('click',function(e){e.preventDefault();requirement.value=a.dataset.pick;apply();});
          });
          function all(open){document.querySelectorAll('details.case:not([hidden])').forEach(function(d){d.open=open;});}
          document.getElementById('open-all').addEventListener('click',function(){all(true);});
          document.getElementById('close-all').addEventListener('click',function(){all(false);});
          if(location.hash){var target=document.getElementById(decodeURIComponent(location.hash.slice(1)));if(target)target.open=true;}
          apply();
          document.documentElement.dataset.ready='true';
        })();
        """;
}
