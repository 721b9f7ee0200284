using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.SignIn;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>The outcome words of the report contract (conformance-report.json), each from one <see cref="Verdicts.Outcome"/>.</summary>
public static class ReportOutcome
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Warning = "warning";
    public const string Inconclusive = "inconclusive";

    /// <summary>A case the run did not send: filtered out, or the run stopped before it.</summary>
    public const string Skipped = "skipped";

    /// <summary>A requirement no case of the run spoke of.</summary>
    public const string NotRun = "not-run";

    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Passed => Passed,
        Outcome.Failed => Failed,
        Outcome.Warning => Warning,
        _ => Inconclusive,
    };
}

/// <summary>One case in one format, as the report shows it; <see cref="Result"/> is null when the case did not run.</summary>
public sealed record CaseReport(CaseDefinition Case, WireFormat Format, string Outcome, string Message, Disposition? Disposition)
{
    public string Name => Case.NameIn(Format);

    public CaseResult? Result => Disposition?.Result;

    public IReadOnlyList<KnownFailure> ExpectedBy => Disposition?.ExpectedBy ?? [];
}

/// <summary>One requirement: its overall outcome and its outcome per format (null where it does not apply).</summary>
public sealed record RequirementReport(Requirement Requirement, string Outcome, string? Json, string? Xml);

/// <summary>
/// Everything one run found, built from the case results: the source of every report and of the snapshot.
/// Case rows and the requirement table come from the same <see cref="Disposition"/> rules, so they agree: a
/// requirement is failed (a MUST failed, or a SHOULD with Strict), warning (a SHOULD failed, or a known
/// failure), passed (judged passed somewhere, nothing worse), inconclusive (never judged), not-run.
/// </summary>
public sealed class RunReport
{
    private RunReport(string name, string target, IReadOnlyList<CaseReport> cases, IReadOnlyList<RequirementReport> requirements,
        IReadOnlyList<string> problems, TargetProfile? profile, RunStop? stopped, string rerunSettings)
    {
        RerunSettings = rerunSettings;
        Profile = profile;
        Name = name;
        Target = target;
        Cases = cases;
        Requirements = requirements;
        Problems = problems;
        Stopped = stopped;
    }

    public string Name { get; }

    /// <summary>The target as shown: its URL (a token never travels in it) or "the embedded stub".</summary>
    public string Target { get; }

    public IReadOnlyList<CaseReport> Cases { get; }

    /// <summary>What the sign-in flow saw of the target, when the run signed in.</summary>
    public TargetProfile? Profile { get; }

    public IReadOnlyList<RequirementReport> Requirements { get; }

    /// <summary>Why the run fails beyond its failed cases: a MUST left unjudged, no case ran, a stale known failure, where it stopped.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Where and why the run stopped before its cases, or null when they ran.</summary>
    public RunStop? Stopped { get; }

    /// <summary>The settings that pointed the run at its target, as environment assignments for rerun lines.</summary>
    public string RerunSettings { get; }

    public bool IsComplete => Stopped is null && Cases.All(c => c.Result is not null);

    /// <summary>The gate: true when the run must fail (a failed case, a MUST left unjudged, a run problem).</summary>
    public bool Fails => Problems.Count > 0 || Cases.Any(c => c.Disposition is { FailsGate: true });

    public int Count(string outcome) => Cases.Count(c => c.Outcome == outcome);

    public static RunReport Build(
        string name, string target, RequirementCatalogue catalogue, IReadOnlyList<CaseDefinition> allCases,
        IReadOnlyCollection<CaseResult> results, KnownFailures known, bool strict, DateOnly today, TargetProfile? profile = null, string rerunSettings = "")
    {
        var byName = results.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var cases = Rows(allCases, x => byName.GetValueOrDefault(x.Case.NameIn(x.Format)) is { } result
            ? Row(x.Case, x.Format, Disposition.Of(result, strict, known))
            : new CaseReport(x.Case, x.Format, ReportOutcome.Skipped, "not run (filtered out)", null));

        var requirements = catalogue.All.Select(r => RequirementOf(r, cases, strict, known)).ToList();
        var problems = new List<string>();
        if (results.Count == 0) problems.Add("no case ran: check the filter");
        problems.AddRange(cases.Where(c => c.Disposition is { Outcome: Outcome.Inconclusive, FailsGate: true })
            .Select(c => $"{c.Name} leaves a MUST unjudged ({string.Join(", ", c.Case.Requirements)}): see its message"));
        problems.AddRange(known.Problems(results, today));
        return new RunReport(name, target, cases, requirements, problems, profile, null, rerunSettings);
    }

    /// <summary>The report of a run that stopped before its cases (configuration, fixtures, preflight, sign-in): every case skipped, the reason as the run's problem.</summary>
    public static RunReport StoppedAt(string name, string target, RequirementCatalogue? catalogue, IReadOnlyList<CaseDefinition> allCases, RunStop stop, TargetProfile? profile = null)
    {
        var cases = Rows(allCases, x => new CaseReport(x.Case, x.Format, ReportOutcome.Skipped, $"not run: the run stopped at {stop.Step}", null));
        var requirements = catalogue?.All.Select(r => new RequirementReport(r, ReportOutcome.NotRun,
            r.Formats.Contains(WireFormat.Json) ? ReportOutcome.NotRun : null, r.Formats.Contains(WireFormat.Xml) ? ReportOutcome.NotRun : null)).ToList() ?? [];
        return new RunReport(name, target, cases, requirements, [stop.ToString()], profile, stop, "");
    }

    private static List<CaseReport> Rows(IReadOnlyList<CaseDefinition> allCases, Func<(CaseDefinition Case, WireFormat Format), CaseReport> row) =>
        [.. allCases.SelectMany(c => c.FormatsToRun.Select(f => (Case: c, Format: f)))
            .OrderBy(x => x.Case.Id, StringComparer.Ordinal).ThenBy(x => x.Format)
            .Select(row)];

    private static CaseReport Row(CaseDefinition c, WireFormat format, Disposition d) =>
        new(c, format, ReportOutcome.Of(d.Outcome), d.Findings, d);

    private static RequirementReport RequirementOf(Requirement r, IReadOnlyList<CaseReport> cases, bool strict, KnownFailures known)
    {
        string For(IEnumerable<CaseReport> these)
        {
            var verdicts = these.Where(c => c.Result is not null)
                .SelectMany(c => c.Result!.Verdicts.Where(v => v.Requirement.Id == r.Id).Select(v => (c.Result!, v)))
                .ToList();
            if (verdicts.Count == 0) return ReportOutcome.NotRun;
            if (verdicts.Any(x => (x.v.Outcome == Outcome.Failed && known.Covering(x.Item1, x.v) is null) || (x.v.Outcome == Outcome.Warning && strict)))
                return ReportOutcome.Failed;
            if (verdicts.Any(x => x.v.Outcome is Outcome.Failed or Outcome.Warning)) return ReportOutcome.Warning;
            if (verdicts.Any(x => x.v.Outcome == Outcome.Passed)) return ReportOutcome.Passed;
            return ReportOutcome.Inconclusive;
        }

        var naming = cases.Where(c => c.Case.Requirements.Contains(r.Id)).ToList();
        string? PerFormat(WireFormat f) => r.Formats.Contains(f) ? For(naming.Where(c => c.Format == f)) : null;
        return new RequirementReport(r, For(naming), PerFormat(WireFormat.Json), PerFormat(WireFormat.Xml));
    }
}
