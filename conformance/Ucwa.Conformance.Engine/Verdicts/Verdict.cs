using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Verdicts;

/// <summary>One requirement judged on one case in one format, with what was expected and what was seen.</summary>
public sealed record Verdict(Requirement Requirement, Outcome Outcome, string? Expected, string? Seen, string? Note, bool TargetFault = false)
{
    public static Verdict From(Requirement requirement, CheckResult result) => result.Kind switch
    {
        CheckResult.Result.Pass => new(requirement, Outcome.Passed, null, null, result.Note),
        CheckResult.Result.NotApplicable => new(requirement, Outcome.NotApplicable, null, null, result.Note),
        CheckResult.Result.Inconclusive => new(requirement, Outcome.Inconclusive, null, null, result.Note, result.TargetFault),
        _ => new(requirement, requirement.Level == Level.MUST ? Outcome.Failed : Outcome.Warning, result.Expected, result.Seen, result.Note),
    };

    /// <summary>Its check judges the answer's status itself (<see cref="ICheck.JudgesStatus"/>).</summary>
    public bool JudgesStatus { get; init; }

    /// <summary>A MUST that could not be judged because the target failed: the run cannot vouch for it.</summary>
    public bool IsUnjudgedMust => Outcome == Outcome.Inconclusive && TargetFault && Requirement.Level == Level.MUST;

    /// <param name="label">The outcome as the run counts it (a SHOULD failure is [Failed] with Strict=true).</param>
    public string Describe(string label)
    {
        var lines = new List<string> { $"[{label}{(TargetFault ? ", target fault" : "")}] {Requirement}" };
        if (Expected is not null) lines.Add($"    expected: {Expected}");
        if (Seen is not null) lines.Add($"    seen:     {Seen}");
        if (Note is not null) lines.Add($"    note:     {Note}");
        return string.Join(Environment.NewLine, lines);
    }
}
