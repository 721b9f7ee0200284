using System.Text;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// AP-OPID-UNIT: operationIds of up to 50 characters are accepted whatever their plane. The case sends several
/// probes whose lengths differ by unit (e.g. 50 BMP characters, 50 characters outside the BMP, 26 of those);
/// the verdict states which unit the server was seen to count, from the probes it accepted and refused: a unit
/// is named only when every accepted probe is within 50 of it and every refused one over.
/// </summary>
public sealed class LengthUnitCheck(string requirementId) : ICheck
{
    /// <summary>The profile's limit (AP-OPID-50, AP-OPID-51).</summary>
    public const int Limit = 50;

    private static readonly (string Name, Func<string, int> Count)[] Units =
    [
        ("characters", s => s.EnumerateRunes().Count()),
        ("UTF-16 code units", s => s.Length),
        ("UTF-8 bytes", Encoding.UTF8.GetByteCount),
    ];

    public string RequirementId { get; } = requirementId;

    public bool JudgesStatus => true;

    public CheckResult Judge(Evidence evidence)
    {
        var probes = evidence.Own.Submissions
            .Select(s => (Sent: s.SentFields.GetValueOrDefault("operationId") ?? "", Answer: s.Response!))
            .ToList();
        var refused = probes.FirstOrDefault(p => p.Answer.Status != Observed.Created);
        if (refused.Answer is null)
            return CheckResult.Pass($"{Accepted(probes)}: {Counted(probes)}");

        return CheckResult.Fail(
            $"{Observed.Created} for an operationId of {Describe(refused.Sent)}",
            Observed.Answer(refused.Answer),
            Counted(probes));
    }

    /// <summary>What the server was seen to count, in words, from the probes answered 201 or 400.</summary>
    public static string Counted(IReadOnlyList<(string Sent, RecordedResponse Answer)> probes)
    {
        var judged = probes.Where(p => p.Answer.Status is Observed.Created or 400).ToList();
        if (judged.Count == 0) return "no probe was answered 201 or 400: the unit counted is unknown";
        var fitting = Units.Where(u => judged.All(p => (p.Answer.Status == Observed.Created) == (u.Count(p.Sent) <= Limit)))
            .Select(u => u.Name).ToList();
        return fitting.Count switch
        {
            0 => $"the answers fit no unit with a limit of {Limit} ({Refusals(judged)})",
            1 => $"the server was seen to count {fitting[0]}" + (judged.Any(p => p.Answer.Status == 400) ? $" ({Refusals(judged)})" : ""),
            _ => $"the server counts {string.Join(" or ", fitting)}: these probes do not tell them apart",
        };
    }

    private static string Accepted(IReadOnlyList<(string Sent, RecordedResponse Answer)> probes) =>
        probes.Count == 1
            ? $"{Describe(probes[0].Sent)} accepted"
            : $"all {probes.Count} probes accepted, up to {Describe(probes.MaxBy(p => Encoding.UTF8.GetByteCount(p.Sent)).Sent)}";

    private static string Refusals(IEnumerable<(string Sent, RecordedResponse Answer)> judged) =>
        "refused: " + string.Join("; ", judged.Where(p => p.Answer.Status == 400).Select(p => Describe(p.Sent)));

    /// <summary>"50 characters (100 UTF-16 code units, 200 UTF-8 bytes)".</summary>
    public static string Describe(string sent) =>
        $"{Units[0].Count(sent)} {Units[0].Name} ({Units[1].Count(sent)} {Units[1].Name}, {Units[2].Count(sent)} {Units[2].Name})";
}
