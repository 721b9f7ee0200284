using System.Text;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// AP-OPID-UNIT: 50 non-ASCII characters are within the limit. Says which unit the server was seen to
/// count: characters when it accepts them, UTF-8 bytes when it refuses them as too long.
/// </summary>
public sealed class LengthUnitCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var x = evidence.Own;
        var r = x.Primary.Response!;
        var sent = x.Primary.SentFields.GetValueOrDefault("operationId") ?? "";
        var characters = sent.EnumerateRunes().Count();
        var bytes = Encoding.UTF8.GetByteCount(sent);
        if (r.Status == Observed.Created)
            return CheckResult.Pass($"the server counts characters: {characters} characters ({bytes} UTF-8 bytes) accepted");
        return CheckResult.Fail(
            $"{Observed.Created} for an operationId of {characters} characters",
            $"{Observed.Answer(r)}",
            r.Status == 400 ? $"the server appears to count UTF-8 bytes ({bytes}), or UTF-16 units, not characters" : null);
    }
}
