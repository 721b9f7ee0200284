namespace Ucwa.Conformance.Engine.Checks;

/// <summary>What one check concluded. A failure always says what was expected and what was seen.</summary>
public sealed record CheckResult(CheckResult.Result Kind, string? Expected = null, string? Seen = null, string? Note = null, bool TargetFault = false)
{
    public enum Result { Pass, Fail, NotApplicable, Inconclusive }

    public static CheckResult Pass(string? note = null) => new(Result.Pass, Note: note);

    public static CheckResult Fail(string expected, string seen, string? note = null) => new(Result.Fail, expected, seen, note);

    public static CheckResult NotApplicable(string why) => new(Result.NotApplicable, Note: why);

    /// <param name="targetFault">True when the target failed to answer (timeout, transport, throttling), false when the run lacked configuration.</param>
    public static CheckResult Inconclusive(string why, bool targetFault = false) => new(Result.Inconclusive, Note: why, TargetFault: targetFault);

    /// <summary>The first failure of several sub-checks, or a pass.</summary>
    public static CheckResult FirstFailure(params CheckResult[] results) =>
        results.FirstOrDefault(r => r.Kind != Result.Pass) ?? Pass(string.Join("; ", results.Select(r => r.Note).OfType<string>()) is { Length: > 0 } n ? n : null);
}
