using System.CommandLine;
using Ucwa.Conformance.Engine.Configuration;

namespace Ucwa.Conformance.Cli;

/// <summary>
/// One flag per setting the suite reads (Configuration/Setting.cs), taking the place of its runsettings
/// parameter: a flag wins over its UCWA_* variable, which wins over the default, as in the NUnit run. The
/// engine checks every value (<see cref="RunSettings.Problems"/>); a flag is only text here. Secrets
/// (token, passwords) have no flag: a command line shows in the process list and the shell's history.
/// </summary>
internal static class SettingOptions
{
    private static readonly (Setting Setting, string Flag, string Description)[] Flags =
    [
        (Setting.TargetUrl, "--target", "the live target's addParticipant URL (its token from UCWA_ACCESS_TOKEN)"),
        (Setting.DiscoveryUrl, "--discovery", "the autodiscovery root: the suite signs in as --username (password from UCWA_PASSWORD)"),
        (Setting.Username, "--username", "the test account that signs in at --discovery"),
        (Setting.PeerUsername, "--peer-username", "the second test account, for the two-party cases (password from UCWA_PEER_PASSWORD)"),
        (Setting.EventsUrl, "--events", "the application's events link (without it and without a sign-in, the event cases are inconclusive)"),
        (Setting.Invitee, "--invitee", "the SIP URI invited to the conversation"),
        (Setting.RequestTimeoutSeconds, "--request-timeout", "seconds one request may take"),
        (Setting.EventTimeoutSeconds, "--event-timeout", "seconds to wait for an expected event"),
        (Setting.MaxConcurrency, "--max-concurrency", "requests in flight at once"),
        (Setting.CaCertificate, "--ca-certificate", "a PEM file of a CA to trust besides the system's"),
        (Setting.ReportName, "--report-name", "the report folder's name under the reports folder (default: the target's host, or stub)"),
        (Setting.ReportsDirectory, "--reports-dir", "the folder report folders go in (default: the repository's reports/, else ./reports)"),
        (Setting.Snapshot, "--snapshot", "verify | accept | off: compare the run with its committed snapshot, approve it, or neither"),
        .. Setting.Triggers.Select(t => (t, "--" + t.Parameter.ToLowerInvariant().Replace('.', '-'), "the 'to' value that makes the target answer this listed error")),
    ];

    /// <summary>Strict takes no value (<c>--strict</c> is <c>--strict true</c>) but may be given one, to override UCWA_STRICT=true.</summary>
    public static readonly Option<string?> Strict = new("--strict")
    {
        Description = "a SHOULD failure fails the case and the run (also: --strict false) [UCWA_STRICT]",
        Arity = ArgumentArity.ZeroOrOne,
        HelpName = "true|false",
    };

    public static IReadOnlyList<(Setting Setting, Option<string?> Option)> All { get; } =
    [
        .. Flags.Select(f => (f.Setting, new Option<string?>(f.Flag) { Description = $"{f.Description} [{f.Setting.Environment}]", HelpName = "value" })),
        (Setting.Strict, Strict),
    ];

    /// <summary>The settings from the parsed flags, each flag in the place of its parameter, the environment behind them.</summary>
    public static RunSettings Read(ParseResult parsed, Func<string, string?> environment)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (setting, option) in All)
        {
            if (parsed.GetResult(option) is null) continue;
            given[setting.Parameter] = parsed.GetValue(option) ?? (option == Strict ? "true" : "");
        }

        return new RunSettings(given.GetValueOrDefault, environment);
    }
}
