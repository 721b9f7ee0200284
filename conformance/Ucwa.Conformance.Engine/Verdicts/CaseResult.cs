using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Verdicts;

/// <summary>A case's verdicts in one format, and the exchange they were judged on.</summary>
public sealed record CaseResult(CaseDefinition Case, WireFormat Format, IReadOnlyList<Verdict> Verdicts, CaseExchange Exchange)
{
    public string Name => Case.NameIn(Format);

    /// <summary>
    /// True when no requirement of the case could be judged: every check found nothing it applies to (the
    /// target did not answer as the case needs, e.g. no 201 to follow), or what passed was judged on an
    /// answer the case is not about (<see cref="OtherAnswer"/>). Such a case is never passed.
    /// </summary>
    public bool NothingJudged
    {
        get
        {
            var passesDoNotCount = OtherAnswer is not null;
            return Verdicts.All(v => v.Outcome == Outcome.NotApplicable || (v.Outcome == Outcome.Passed && passesDoNotCount));
        }
    }

    /// <summary>
    /// The answer, when it is not the one the case is for (another status than its <c>expect.status</c>) and no
    /// requirement of the case judges the status: a requirement that passed on it (an error body in the
    /// negotiated format, say) judged a detail of an answer the case does not exist for. Null otherwise.
    /// </summary>
    public RecordedResponse? OtherAnswer =>
        Exchange.Submissions.FirstOrDefault()?.Response is { } answer && answer.Status != Case.Expect.Status
            && !Verdicts.Any(v => v.JudgesStatus)
            ? answer
            : null;

    /// <summary>
    /// The case's own outcome, before the run's rules (Strict, known failures): failed when a MUST failed;
    /// inconclusive when something could not be judged, or nothing was; warning when a SHOULD failed;
    /// passed only when at least one requirement was judged passed and none worse.
    /// </summary>
    public Outcome Outcome =>
        NothingJudged ? Outcome.Inconclusive : Verdicts.Max(v => v.Outcome);

    /// <summary>Why nothing could be judged, from what each check found (null when something was).</summary>
    public string? NothingJudgedReason => NothingJudged
        ? "nothing to judge: " + (Verdicts.Count == 0
            ? "no requirement of the case applies in this format"
            : string.Join("; ", Reasons))
        : null;

    private IEnumerable<string> Reasons
    {
        get
        {
            var passed = Verdicts.Where(v => v.Outcome == Outcome.Passed).Select(v => v.Requirement.Id).ToList();
            if (OtherAnswer is { } answer && passed.Count > 0)
                yield return $"answered {Checks.Observed.Answer(answer)}, not {Case.Expect.Status}, the answer this case is for "
                    + $"({string.Join(", ", passed)} passed on that answer, which says nothing of the rest)";
            foreach (var v in Verdicts.Where(v => v.Outcome == Outcome.NotApplicable))
                yield return $"{v.Requirement.Id}: {v.Note ?? "not applicable"}";
        }
    }

    /// <summary>
    /// A MUST the run cannot vouch for: the target failed to answer (a timeout, a reset), or answered so that
    /// none of the case's requirements could be judged while one of them is a MUST. It fails the run's gate.
    /// </summary>
    public bool LeavesMustUnjudged =>
        Verdicts.Any(v => v.IsUnjudgedMust) || (NothingJudged && Verdicts.Any(v => v.Requirement.Level == Requirements.Level.MUST));

    public IEnumerable<Verdict> NotPassed => Verdicts.Where(v => v.Outcome > Outcome.Passed);
}
