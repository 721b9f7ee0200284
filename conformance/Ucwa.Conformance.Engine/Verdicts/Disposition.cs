using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Verdicts;

/// <summary>
/// What a case means for the user, decided once from its verdicts and the run's rules (Strict, the known
/// failures), and shown alike by every front door and report: NUnit, JUnit and TRX, the Markdown and JSON
/// reports, exit codes. <see cref="Outcome"/> is never <see cref="Outcome.NotApplicable"/>.
/// </summary>
public sealed record Disposition(CaseResult Result, Outcome Outcome, bool FailsGate, IReadOnlyList<KnownFailure> ExpectedBy, string Findings)
{
    /// <summary>
    /// Failed: a MUST failed that no known failure covers, or a SHOULD failed with Strict. Inconclusive: a
    /// requirement could not be judged, or none was. Warning: a SHOULD failed, or a known failure. Passed: at
    /// least one requirement was judged passed and none worse. The gate fails on a failure, and on an
    /// inconclusive case that leaves a MUST unjudged.
    /// </summary>
    public static Disposition Of(CaseResult result, bool strict, KnownFailures known)
    {
        var expectedBy = new List<KnownFailure>();
        var failed = false;
        var warned = false;
        var lines = new List<string>();
        foreach (var v in result.NotPassed)
        {
            var label = v.Outcome.ToString();
            if (v.Outcome == Outcome.Failed && known.Covering(result, v) is { } entry)
            {
                if (!expectedBy.Contains(entry)) expectedBy.Add(entry);
                (label, warned) = ("Failed, expected", true);
            }
            else if (v.Outcome == Outcome.Failed || (v.Outcome == Outcome.Warning && strict))
            {
                (label, failed) = ("Failed", true);
            }
            else if (v.Outcome == Outcome.Warning)
            {
                warned = true;
            }

            lines.Add(v.Describe(label));
        }

        if (result.NothingJudgedReason is { } nothing) lines.Add($"[Inconclusive] {nothing}");
        if (expectedBy.Count > 0)
            lines.Insert(0, $"expected failure, listed in {known.File}: {string.Join("; ", expectedBy)}");

        var inconclusive = result.NothingJudged || result.Verdicts.Any(v => v.Outcome == Outcome.Inconclusive);
        var outcome = failed ? Outcome.Failed
            : inconclusive ? Outcome.Inconclusive
            : warned ? Outcome.Warning
            : Outcome.Passed;
        var failsGate = outcome == Outcome.Failed || (outcome == Outcome.Inconclusive && result.LeavesMustUnjudged);
        return new Disposition(result, outcome, failsGate, expectedBy, string.Join(Environment.NewLine, lines));
    }

    public string Name => Result.Name;

    /// <summary>What a front door prints for a case that did not pass: the case, its findings, the exchange, how to rerun it.</summary>
    public string Describe(string rerun, string? curl)
    {
        var lines = new List<string> { $"{Name}: {Result.Case.Summary}", Findings };
        if (Outcome == Outcome.Inconclusive && FailsGate)
            lines.Add("This fails the run: a MUST the case names could not be judged.");
        lines.Add(Transcript.Of(Result.Exchange));
        lines.Add("Rerun it: " + rerun);
        if (curl is not null) lines.Add("By hand: " + curl);
        return string.Join(Environment.NewLine, lines);
    }
}
