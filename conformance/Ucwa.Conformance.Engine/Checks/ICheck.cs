using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// Judges one requirement on a case's evidence. A check is a pure function of the exchange: it sends
/// nothing, and reads responses with the judge's own readers (Protocol/), never with the stub's code.
/// </summary>
public interface ICheck
{
    string RequirementId { get; }

    CheckResult Judge(Evidence evidence);

    /// <summary>
    /// True when the check judges the status of the case's answer itself (it fails an answer other than the
    /// one the requirement allows), not details of an answer that came: only such a requirement can pass on
    /// an answer other than the case's <c>expect.status</c> (e.g. 403 for AP-AUTH-INVALID).
    /// </summary>
    bool JudgesStatus => false;
}
