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
}
