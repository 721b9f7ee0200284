using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>A requirement made of several checks (e.g. accepted and echoed): the first that does not pass decides.</summary>
public sealed class AllOf(string requirementId, params ICheck[] parts) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public bool JudgesStatus => parts.Any(p => p.JudgesStatus);

    public CheckResult Judge(Evidence evidence) => CheckResult.FirstFailure([.. parts.Select(p => p.Judge(evidence))]);
}
