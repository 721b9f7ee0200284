using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Verdicts;

/// <summary>A case's verdicts in one format, and the exchange they were judged on.</summary>
public sealed record CaseResult(CaseDefinition Case, WireFormat Format, IReadOnlyList<Verdict> Verdicts, CaseExchange Exchange)
{
    public string Name => $"{Case.Id}.{Format.Name()}";

    /// <summary>The worst outcome of the case's verdicts.</summary>
    public Outcome Outcome => Verdicts.Count == 0 ? Outcome.Passed : Verdicts.Max(v => v.Outcome);

    /// <summary>
    /// What the case means for the run: a MUST failure or a MUST left unjudged by a target fault fails it;
    /// a SHOULD failure warns (fails with <paramref name="strict"/>); a case left unjudged for want of
    /// configuration (a trigger, the events link) is inconclusive and does not fail it.
    /// </summary>
    public Outcome Gate(bool strict) => Outcome switch
    {
        Outcome.Inconclusive when Verdicts.Any(v => v.IsUnjudgedMust) => Outcome.Failed,
        Outcome.Inconclusive when Verdicts.Any(v => v.Outcome == Outcome.Warning) => strict ? Outcome.Failed : Outcome.Inconclusive,
        Outcome.Warning when strict => Outcome.Failed,
        var o => o,
    };

    public IEnumerable<Verdict> NotPassed => Verdicts.Where(v => v.Outcome > Outcome.Passed);

    /// <summary>What a failure message shows: the case, then each requirement that did not pass, then the exchange.</summary>
    public string Describe()
    {
        var lines = new List<string> { $"{Name}: {Case.Summary}" };
        lines.AddRange(NotPassed.Select(v => v.Describe()));
        lines.Add(Transcript.Of(Exchange));
        return string.Join(Environment.NewLine, lines);
    }
}
