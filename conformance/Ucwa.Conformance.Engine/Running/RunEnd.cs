using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Snapshots;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// How a run ended: its report, and every reason it fails (none: it passes the gate). The run's gate, decided
/// here without I/O, so it can be tested on a hand-made report and snapshot result.
/// </summary>
public sealed record RunEnd(RunReport Report, IReadOnlyList<string> Problems)
{
    public bool Fails => Problems.Count > 0 || Report.Fails;

    /// <summary>
    /// The report's problems, a setting the run found wrong on the way (a given EventsUrl that is not one), and the
    /// snapshot's when it was checked (null: not checked, a partial or stopped run) and differs.
    /// </summary>
    public static RunEnd Of(RunReport report, SnapshotResult? snapshot, string? settingProblem = null)
    {
        var problems = report.Problems.ToList();
        if (settingProblem is not null) problems.Add(settingProblem);
        if (snapshot is { Ok: false }) problems.Add(snapshot.Message);
        return new RunEnd(report, problems);
    }
}
