using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Cli;

/// <summary>
/// The command's exit status, read from how the engine ended the run (it decides; this only names it), so
/// a CI job can tell a broken server from a broken job.
/// </summary>
internal static class ExitCodes
{
    public const int Conforming = 0;
    public const int NotConforming = 1;
    public const int Configuration = 2;
    public const int Unreachable = 3;

    public const string Help = """
        Exit codes:
          0  conforming: no MUST failed (nor a SHOULD with --strict), the snapshot matches
          1  not conforming: a case failed, a MUST could not be judged, the snapshot differs, a known failure is stale
          2  configuration error: a bad flag or setting, broken fixtures, a filter that matches no case
          3  target unreachable (nothing listens, DNS, TLS) or the sign-in failed
        """;

    public static int Of(RunEnd end) => end.Report.Stopped?.Step switch
    {
        RunStop.Configuration or RunStop.Fixtures => Configuration,
        RunStop.Preflight or RunStop.SignIn => Unreachable,
        _ => end.Fails ? NotConforming : Conforming,
    };
}
