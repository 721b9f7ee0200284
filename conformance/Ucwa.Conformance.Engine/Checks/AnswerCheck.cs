using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Protocol;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>The parts of an answer a requirement judges against the case's <c>expect</c>.</summary>
[Flags]
public enum Aspects
{
    Status = 1,
    Code = 2,
    Subcode = 4,
    Parameter = 8,

    /// <summary>A <c>WWW-Authenticate</c> header (401 answers).</summary>
    Challenge = 16,
}

/// <summary>
/// Compares the first answer of a case with its expectation, on the aspects the requirement names.
/// Without <see cref="Aspects.Status"/>, a different status makes the check not applicable: the
/// requirement judges details of an answer that did not come (another requirement fails for that).
/// </summary>
public sealed class AnswerCheck(string requirementId, Aspects aspects) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public bool JudgesStatus => aspects.HasFlag(Aspects.Status);

    public CheckResult Judge(Evidence evidence)
    {
        var x = evidence.Own;
        var expect = x.Case.Expect;
        var r = x.Primary.Response!;
        var expected = Describe(expect, aspects);

        if (r.Status != expect.Status)
        {
            return aspects.HasFlag(Aspects.Status)
                ? CheckResult.Fail(expected, Observed.Answer(r))
                : CheckResult.NotApplicable($"answered {Observed.Answer(r)}, not {expect.Status}");
        }

        if (aspects.HasFlag(Aspects.Challenge) && !r.HasHeader("WWW-Authenticate"))
            return CheckResult.Fail($"{expect.Status} with a WWW-Authenticate header", $"{r} without WWW-Authenticate");

        if ((aspects & (Aspects.Code | Aspects.Subcode | Aspects.Parameter)) == 0)
            return CheckResult.Pass();

        var error = ErrorBody.ReadLenient(r.Body);
        if (error is null)
            return CheckResult.Fail(expected, $"{r} with no readable error code in its body");

        if (aspects.HasFlag(Aspects.Code) && expect.Code is not null && error.Code != expect.Code)
            return CheckResult.Fail($"code {expect.Code}", $"code {error.Code}");

        if (aspects.HasFlag(Aspects.Subcode) && expect.Subcodes is { } subcodes
            && !subcodes.Any(s => Subcodes.Normalize(s) == Subcodes.Normalize(error.Subcode)))
            return CheckResult.Fail($"subcode {string.Join(" or ", subcodes)}", $"subcode {Subcodes.Show(error.Subcode)}");

        if (aspects.HasFlag(Aspects.Parameter) && expect.Parameter is { } parameter
            && !error.ParameterNames.Contains(parameter, StringComparer.OrdinalIgnoreCase))
            return CheckResult.Fail($"parameters naming \"{parameter}\"",
                error.ParameterNames.Count == 0 ? "no parameters" : "parameters " + string.Join(", ", error.ParameterNames));

        return CheckResult.Pass();
    }

    /// <summary>The expected answer, showing only what this requirement judges.</summary>
    private static string Describe(Fixtures.Expectation e, Aspects judged) =>
        e.Status
        + (judged.HasFlag(Aspects.Code) && e.Code is not null ? " " + e.Code : "")
        + (judged.HasFlag(Aspects.Subcode) && e.Subcodes is not null ? "/" + string.Join(" or ", e.Subcodes) : "");
}
