using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// AP-AUTH-INVALID: a bearer token the server never issued is refused, never served: 401 with a
/// WWW-Authenticate challenge (on-premises servers), or 403 (seen on SfB Online). Any other answer fails,
/// a 2xx above all: the server acted for whoever sent the token.
/// </summary>
public sealed class InvalidTokenCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public bool JudgesStatus => true;

    public CheckResult Judge(Evidence evidence)
    {
        var r = evidence.Own.Primary.Response!;
        const string Expected = "401 with a WWW-Authenticate header, or 403";
        return r.Status switch
        {
            401 when r.HasHeader("WWW-Authenticate") => CheckResult.Pass("refused with 401 and a challenge"),
            401 => CheckResult.Fail(Expected, $"{r} without WWW-Authenticate"),
            403 => CheckResult.Pass("refused with 403"),
            >= 200 and < 300 => CheckResult.Fail(Expected, $"{Observed.Answer(r)}: a token the server never issued was served"),
            _ => CheckResult.Fail(Expected, Observed.Answer(r)),
        };
    }
}
