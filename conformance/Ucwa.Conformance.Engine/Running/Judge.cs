using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>Applies the check of each requirement a case names to its evidence. Judges only what was received.</summary>
public sealed class Judge(RequirementCatalogue requirements, CheckRegistry checks)
{
    public IReadOnlyList<Verdict> Evaluate(Evidence evidence)
    {
        var x = evidence.Own;
        var applicable = x.Case.Requirements.Select(id => requirements[id]).Where(r => r.Formats.Contains(x.Format));
        if (x.Inconclusive is { } why)
            return [.. applicable.Select(r => Verdict.From(r, CheckResult.Inconclusive(why, targetFault: x.TargetFault is not null)))];

        return [.. applicable.Select(r => checks.For(r.Id) is { } check
            ? Verdict.From(r, check.Judge(evidence)) with { JudgesStatus = check.JudgesStatus }
            : Verdict.From(r, CheckResult.Inconclusive($"the suite has no check for {r.Id} yet")))];
    }
}
