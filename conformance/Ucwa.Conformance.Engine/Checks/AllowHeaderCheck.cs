using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// AP-METHOD-ALLOW: a 405 names the methods the resource takes in Allow (RFC 9110 §15.5.6), POST among them.
/// Methods are tokens, compared case-sensitively as HTTP defines them; the list may be spread over several
/// Allow headers. Without a 405 there is nothing to judge (AP-METHOD-405 fails for that).
/// </summary>
public sealed class AllowHeaderCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var r = evidence.Own.Primary.Response!;
        if (r.Status != 405)
            return CheckResult.NotApplicable($"answered {Observed.Answer(r)}, not 405");

        var values = r.Headers.Where(h => string.Equals(h.Key, "Allow", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        if (values.Count == 0)
            return CheckResult.Fail("405 with an Allow header naming POST", "405 without Allow");
        var methods = values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        return methods.Contains("POST", StringComparer.Ordinal)
            ? CheckResult.Pass("Allow: " + string.Join(", ", methods))
            : CheckResult.Fail("Allow naming POST", "Allow: " + (methods.Count == 0 ? "(empty)" : string.Join(", ", methods)));
    }
}
