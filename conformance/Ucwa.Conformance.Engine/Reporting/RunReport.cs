using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.SignIn;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>The outcome words of the report contract (conformance-report.json).</summary>
public static class ReportOutcome
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Warning = "warning";
    public const string Inconclusive = "inconclusive";
    public const string Skipped = "skipped";
    public const string NotRun = "not-run";
}

/// <summary>One case in one format, as the report shows it; <see cref="Result"/> is null when the case did not run.</summary>
public sealed record CaseReport(CaseDefinition Case, WireFormat Format, string Outcome, string Message, CaseResult? Result, IReadOnlyList<LedgerEntry> ExpectedBy)
{
    public string Name => $"{Case.Id}.{Format.Name()}";
}

/// <summary>One requirement: its overall outcome and its outcome per format (null where it does not apply).</summary>
public sealed record RequirementReport(Requirement Requirement, string Outcome, string? Json, string? Xml);

/// <summary>
/// Everything one run found, built from the case results: the source of the Markdown and JSON reports
/// and of the snapshot. A requirement's outcome is the worst of its cases: failed (a MUST failed),
/// warning (a SHOULD failed, or an expected failure), passed, inconclusive (nothing could be judged),
/// not-run (filtered out).
/// </summary>
public sealed class RunReport
{
    private RunReport(string name, string target, IReadOnlyList<CaseReport> cases, IReadOnlyList<RequirementReport> requirements, IReadOnlyList<string> problems, TargetProfile? profile)
    {
        Profile = profile;
        Name = name;
        Target = target;
        Cases = cases;
        Requirements = requirements;
        Problems = problems;
    }

    public string Name { get; }

    /// <summary>The target as shown: its URL (a token never travels in it) or "embedded stub".</summary>
    public string Target { get; }

    public IReadOnlyList<CaseReport> Cases { get; }

    /// <summary>What the sign-in flow saw of the target, when the run signed in.</summary>
    public TargetProfile? Profile { get; }

    public IReadOnlyList<RequirementReport> Requirements { get; }

    /// <summary>Run-level failures: no case ran, or the deviation ledger is out of date.</summary>
    public IReadOnlyList<string> Problems { get; }

    public bool IsComplete => Cases.All(c => c.Result is not null);

    public int Count(string outcome) => Cases.Count(c => c.Outcome == outcome);

    public static RunReport Build(
        string name, string target, RequirementCatalogue catalogue, IReadOnlyList<CaseDefinition> allCases,
        IReadOnlyCollection<CaseResult> results, DeviationLedger ledger, DateOnly today, TargetProfile? profile = null)
    {
        var byName = results.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var cases = allCases
            .SelectMany(c => c.FormatsToRun.Select(f => (Case: c, Format: f)))
            .OrderBy(x => x.Case.Id, StringComparer.Ordinal).ThenBy(x => x.Format)
            .Select(x => CaseOf(x.Case, x.Format, byName.GetValueOrDefault($"{x.Case.Id}.{x.Format.Name()}"), ledger))
            .ToList();

        var requirements = catalogue.All.Select(r => RequirementOf(r, cases, ledger)).ToList();
        var problems = new List<string>();
        if (results.Count == 0) problems.Add("no case ran: check the filter");
        problems.AddRange(ledger.Problems(results, today));
        return new RunReport(name, target, cases, requirements, problems, profile);
    }

    private static CaseReport CaseOf(CaseDefinition c, WireFormat format, CaseResult? result, DeviationLedger ledger)
    {
        if (result is null) return new CaseReport(c, format, ReportOutcome.Skipped, "not run (filtered out)", null, []);
        var expectedBy = ledger.CoveringAllFailures(result) ?? [];
        var message = string.Join(Environment.NewLine, result.NotPassed.Select(v => v.Describe()));
        var outcome = result.Outcome switch
        {
            Outcome.Failed when expectedBy.Count > 0 => ReportOutcome.Warning,
            Outcome.Failed => ReportOutcome.Failed,
            Outcome.Warning => ReportOutcome.Warning,
            Outcome.Inconclusive => ReportOutcome.Inconclusive,
            _ => ReportOutcome.Passed,
        };
        if (expectedBy.Count > 0)
            message = $"expected failure, listed in {ledger.File}: {string.Join("; ", expectedBy)}{Environment.NewLine}{message}";
        return new CaseReport(c, format, outcome, message, result, expectedBy);
    }

    private static RequirementReport RequirementOf(Requirement r, IReadOnlyList<CaseReport> cases, DeviationLedger ledger)
    {
        string? For(IEnumerable<CaseReport> these)
        {
            var verdicts = these.Where(c => c.Result is not null)
                .SelectMany(c => c.Result!.Verdicts.Where(v => v.Requirement.Id == r.Id).Select(v => (c.Result!, v)))
                .ToList();
            if (verdicts.Count == 0) return ReportOutcome.NotRun;
            if (verdicts.Any(x => x.v.Outcome == Outcome.Failed && ledger.Covering(x.Item1, x.v) is null)) return ReportOutcome.Failed;
            if (verdicts.Any(x => x.v.Outcome is Outcome.Failed or Outcome.Warning)) return ReportOutcome.Warning;
            if (verdicts.Any(x => x.v.Outcome == Outcome.Passed)) return ReportOutcome.Passed;
            return ReportOutcome.Inconclusive;
        }

        var naming = cases.Where(c => c.Case.Requirements.Contains(r.Id)).ToList();
        string? PerFormat(WireFormat f) => r.Formats.Contains(f) ? For(naming.Where(c => c.Format == f)) : null;
        return new RequirementReport(r, For(naming)!, PerFormat(WireFormat.Json), PerFormat(WireFormat.Xml));
    }
}
