using System.CommandLine;
using Spectre.Console;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Cli;

/// <summary>
/// What the command does once parsed: one <see cref="SuiteRun"/> (start, each selected case, decide, finish),
/// shown on the console, and the exit code read from its end. Nothing here judges or decides an outcome.
/// </summary>
internal sealed class CliRun(IAnsiConsole console, Func<string, string?> environment, Func<EmbeddedTarget> embedded, bool terminal)
{
    private readonly RunConsole _out = new(console, environment, terminal);

    public async Task<int> InvokeAsync(ParseResult parsed, CancellationToken cancel)
    {
        var settings = SettingOptions.Read(parsed, environment);
        var (filter, problem) = CaseFilter.Parse(parsed.GetValue(ConformanceCommand.Filter) ?? []);
        if (filter is null)
        {
            _out.Line(problem!);
            return ExitCodes.Configuration;
        }

        if (parsed.GetValue(ConformanceCommand.List) || !filter.IsEmpty)
        {
            // Chosen before anything is sent, so an empty selection costs no sign-in and leaves no report behind.
            IReadOnlyList<CaseInFormat> chosen;
            try
            {
                var requirements = RequirementCatalogue.Load();
                chosen = [.. CaseInFormat.All(requirements, CaseCatalogue.Load(requirements)).Where(filter.Matches)];
            }
            catch (FixtureException e)
            {
                _out.Line("The fixtures cannot be read: " + e.Message);
                return ExitCodes.Configuration;
            }

            if (chosen.Count == 0)
            {
                _out.Line($"No case matches --filter {filter}: nothing to run.");
                return ExitCodes.Configuration;
            }

            if (parsed.GetValue(ConformanceCommand.List))
            {
                _out.List(chosen);
                return ExitCodes.Conforming;
            }
        }

        var said = new List<string>();
        await using var run = await SuiteRun.StartAsync(settings, embedded, said.Add, cancel).ConfigureAwait(false);
        IReadOnlyList<Disposition> decided = [];
        if (run.Stopped is null)
        {
            var selected = CaseInFormat.All(run.Requirements!, run.Cases).Where(filter.Matches).ToList();
            decided = await _out.ProgressAsync(selected.Count, async shown =>
                await Task.WhenAll(selected.Select(async c =>
                {
                    var d = run.Decide(await run.RunAsync(c.Case, c.Format).ConfigureAwait(false));
                    shown(d);
                    return d;
                })).ConfigureAwait(false)).ConfigureAwait(false);
        }

        var end = await run.FinishAsync().ConfigureAwait(false);
        _out.End(end, decided, name => CliRerun(settings, name));
        foreach (var line in said) _out.Line(line);
        if (parsed.GetValue(ConformanceCommand.Junit) is { } junit)
        {
            junit.Directory?.Create();
            await File.WriteAllTextAsync(junit.FullName, JunitReport.Write(end.Report), CancellationToken.None).ConfigureAwait(false);
            _out.Line($"JUnit written to {junit.FullName}");
        }

        return ExitCodes.Of(end);
    }

    /// <summary>The command that reruns one case with the settings in force (secrets named, never written).</summary>
    private static string CliRerun(Engine.Configuration.RunSettings settings, string caseName) =>
        $"{settings.RerunPrefix()}ucwa-conformance --filter case={caseName}";
}
