namespace Ucwa.Conformance.Engine.Verdicts;

/// <summary>How a requirement fared in one case, worst last: the order is used to pick a case's outcome.</summary>
public enum Outcome
{
    /// <summary>The case cannot show this requirement (e.g. no error to judge an error body on).</summary>
    NotApplicable,
    Passed,

    /// <summary>A SHOULD requirement failed.</summary>
    Warning,

    /// <summary>Nothing could be judged: no trigger, a timeout, a transport failure.</summary>
    Inconclusive,

    /// <summary>A MUST requirement failed.</summary>
    Failed,
}
