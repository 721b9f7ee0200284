using System.Collections.Concurrent;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.SignIn;
using Ucwa.Conformance.Engine.Snapshots;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance;

/// <summary>
/// Once per run. Before the cases: reads the settings and the deviation ledger, and reaches the target:
/// the embedded stub (signing in to it, so the default run exercises sign-in), a discovery root (signing
/// in and setting up a conversation), or a given addParticipant link; then opens the session every case
/// runs in. After them: leaves the conversation and deletes the application, writes the reports, verifies
/// the snapshot, and fails the run (a teardown failure: dotnet test exits non-zero) when the snapshot
/// differs, the ledger is stale, or no case ran.
/// </summary>
[SetUpFixture]
public sealed class SuiteTarget
{
    private static readonly ConcurrentBag<CaseResult> Results = [];
    private static RunSession? _session;
    private static StubServer? _stub;
    private static HttpTransport? _transport;
    private static SignedIn? _signedIn;
    private static RequirementCatalogue? _requirements;
    private static IReadOnlyList<CaseDefinition> _cases = [];

    internal static RunSession Session => _session ?? throw new InvalidOperationException("the suite's target is not set up");

    internal static RunSettings Settings { get; } = new(name => TestContext.Parameters.Get(name), Environment.GetEnvironmentVariable);

    internal static DeviationLedger Ledger { get; private set; } = DeviationLedger.Empty;

    private static string ReportDirectory => Path.Combine(RepositoryPaths.Reports(typeof(SuiteTarget).Assembly), Settings.ReportName);

    internal static void Record(CaseResult result) => Results.Add(result);

    [OneTimeSetUp]
    public async Task Open()
    {
        _requirements = RequirementCatalogue.Load();
        _cases = CaseCatalogue.Load(_requirements);
        var errors = ErrorTable.Load();
        Ledger = DeviationLedger.Load(Path.Combine(ReportDirectory, "deviations.json"), _requirements, _cases);
        _ = Settings.Snapshot; // a bad value stops the run now, not after every case
        var values = new Dictionary<string, string>(Settings.CaseValues);
        _transport = new HttpTransport(Settings.RequestTimeout, Settings.MaxConcurrency, Settings.CaCertificate);

        var discovery = Settings.DiscoveryUrl;
        var account = Settings.Account;
        if (Settings.TargetUrl is null && discovery is null)
        {
            _stub = StubServer.Start(FixturePaths.Root);
            (discovery, account) = (_stub.DiscoveryUrl, (_stub.Username, _stub.Password));
            foreach (var (name, to) in _stub.Triggers) values.TryAdd(name, to);
        }
        else if (discovery is not null)
        {
            if (account is null)
                throw new ConfigurationException(Setting.Username, "", "and Password (UCWA_PASSWORD) must be given with DiscoveryUrl: the suite signs in as that test account");
            await Preflight.EnsureReachableAsync(discovery);
        }
        else
        {
            await Preflight.EnsureReachableAsync(Settings.TargetUrl!);
        }

        if (discovery is not null)
            _signedIn = await new SignInFlow(_transport, Settings.EventTimeout).RunAsync(discovery, account!.Value.Username, account.Value.Password);

        var url = Settings.TargetUrl ?? _signedIn!.AddParticipantUrl;
        var token = Settings.AccessToken ?? _signedIn?.AccessToken
                    ?? throw new ConfigurationException(Setting.AccessToken, "", "must be given with TargetUrl: a live server needs a token");
        var events = Settings.EventsUrl is null ? _signedIn?.Events : null; // a given EventsUrl gets a pump of its own
        var target = new TargetSettings(url, token, values, Settings.RequestTimeout, Settings.MaxConcurrency,
            Settings.EventsUrl ?? _signedIn?.Events.EventsUrl, Settings.EventTimeout, Settings.CaCertificate);
        _session = new RunSession(target, _requirements, errors, _transport, events);
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        _session?.Dispose();
        if (_signedIn is not null) await _signedIn.LeaveAsync();
        _transport?.Dispose();
        _stub?.Dispose();
        if (_requirements is null || _session is null) return;

        var target = Settings.TargetUrl?.GetLeftPart(UriPartial.Path) ?? Settings.DiscoveryUrl?.ToString() ?? "the embedded stub";
        var report = RunReport.Build(Settings.ReportName, target, _requirements, _cases, [.. Results], Ledger,
            DateOnly.FromDateTime(DateTime.UtcNow), _signedIn?.Profile);
        Directory.CreateDirectory(ReportDirectory);
        File.WriteAllText(Path.Combine(ReportDirectory, "conformance-report.md"), MarkdownReport.Write(report));
        File.WriteAllText(Path.Combine(ReportDirectory, "conformance-report.json"), JsonReport.Write(report));
        File.WriteAllText(Path.Combine(ReportDirectory, "conformance-report.html"), HtmlReport.Write(report));
        StepSummary.AppendIfRequested(report, Environment.GetEnvironmentVariable);

        var problems = report.Problems.ToList();
        if (report.IsComplete)
        {
            var snapshot = SnapshotFile.Check(ReportDirectory, "conformance-report", "md", SnapshotView.Write(report), Settings.Snapshot);
            TestContext.Progress.WriteLine(snapshot.Message);
            if (!snapshot.Ok) problems.Add(snapshot.Message);
        }
        else
        {
            TestContext.Progress.WriteLine($"snapshot not checked: a partial run ({report.Cases.Count(c => c.Result is not null)} of {report.Cases.Count} case runs)");
        }

        TestContext.Progress.WriteLine($"reports written to {ReportDirectory}");
        if (problems.Count > 0)
            throw new InvalidOperationException("The run fails:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)));
    }
}
