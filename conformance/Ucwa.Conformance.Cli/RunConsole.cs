using Spectre.Console;
using Spectre.Console.Rendering;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Cli;

/// <summary>
/// The run on the console: a live progress bar on a terminal, one plain line per finished case when the
/// output is redirected or CI=true (a CI log keeps every line, a bar only garbles it); then the requirement
/// table, each case that did not pass as the NUnit messages print it, the run's problems and the counts.
/// Text goes straight to the console's writer, unwrapped, so long URLs and transcripts stay copyable.
/// </summary>
/// <param name="terminal">The output is a terminal (not redirected): Spectre's own test of it misses a real one.</param>
internal sealed class RunConsole(IAnsiConsole console, Func<string, string?> environment, bool terminal)
{
    private readonly Lock _lock = new();

    private bool Live => terminal && console.Profile.Capabilities.Interactive
                         && !string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public void Line(string text) => console.Profile.Out.Writer.WriteLine(text);

    public void List(IReadOnlyList<CaseInFormat> cases)
    {
        foreach (var c in cases)
            Line($"{c.Name,-52} {string.Join(",", c.Levels),-11} {string.Join(" ", c.Requirements.Select(r => r.Id))}");
        Line($"{cases.Count} case run(s)");
    }

    /// <summary>Runs <paramref name="cases"/>, showing each disposition as it is decided.</summary>
    public async Task<T> ProgressAsync<T>(int count, Func<Action<Disposition>, Task<T>> cases)
    {
        if (!Live)
        {
            var done = 0;
            return await cases(d =>
            {
                lock (_lock) Line($"[{++done,3}/{count}] {ReportOutcome.Of(d.Outcome),-12} {d.Name}");
            }).ConfigureAwait(false);
        }

        return await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var bar = context.AddTask($"{count} case runs", maxValue: count);
            var failed = 0;
            return await cases(d =>
            {
                lock (_lock)
                {
                    if (d.Outcome == Outcome.Failed) failed++;
                    bar.Description = Markup.Escape($"{d.Name} {ReportOutcome.Of(d.Outcome)}") + (failed > 0 ? $" [red]({failed} failed)[/]" : "");
                    bar.Increment(1);
                }
            }).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>What the run found: the requirement table, each case that did not pass, the problems, the counts.</summary>
    public void End(RunEnd end, IReadOnlyList<Disposition> decided, Func<string, string> rerun)
    {
        var report = end.Report;
        if (report.Stopped is null)
        {
            console.Write(Requirements(report));
            foreach (var d in decided.Where(d => d.Outcome != Outcome.Passed).OrderBy(d => d.Outcome != Outcome.Failed).ThenBy(d => d.Name, StringComparer.Ordinal))
            {
                Line("");
                Line($"[{d.Outcome}] " + (d.Outcome == Outcome.Failed || d.FailsGate
                    ? d.Describe(rerun(d.Name), Repro.Curl(d.Result))
                    : $"{d.Name}: {d.Result.Case.Summary}{Environment.NewLine}{d.Findings}"));
            }
        }

        Line("");
        foreach (var problem in end.Problems) Line("The run fails: " + problem);
        Line($"{report.Count(ReportOutcome.Passed)} passed, {report.Count(ReportOutcome.Failed)} failed, {report.Count(ReportOutcome.Warning)} warnings, "
             + $"{report.Count(ReportOutcome.Inconclusive)} inconclusive, {report.Count(ReportOutcome.Skipped)} skipped (target: {report.Target})");
    }

    private static IRenderable Requirements(RunReport report)
    {
        var table = new Table().Title("Requirements").AddColumns("ID", "Level", "JSON", "XML");
        foreach (var r in report.Requirements.Where(r => r.Outcome != ReportOutcome.NotRun || report.IsComplete))
            table.AddRow(new Text(r.Requirement.Id), new Text(r.Requirement.Level.ToString()), Cell(r.Json), Cell(r.Xml));
        return table;
    }

    private static Text Cell(string? outcome) => new(outcome ?? "—", outcome switch
    {
        ReportOutcome.Failed => new Style(Color.Red),
        ReportOutcome.Warning or ReportOutcome.Inconclusive => new Style(Color.Yellow),
        ReportOutcome.Passed => new Style(Color.Green),
        _ => Style.Plain,
    });
}
