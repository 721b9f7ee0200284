using System.Collections.Concurrent;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Snapshots;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance;

/// <summary>
/// Once per run. Before the cases: reads the settings and the deviation ledger, starts the embedded stub
/// unless a TargetUrl is given (else checks the target can be reached), and opens the session every case
/// runs in. After them: writes the reports, verifies the snapshot, and fails the run (a teardown failure,
/// which makes dotnet test exit non-zero) when the snapshot differs, the ledger is stale, or no case ran.
/// </summary>
[SetUpFixture]
public sealed class SuiteTarget
{
    private static readonly ConcurrentBag<CaseResult> Results = [];
    private static RunSession? _session;
    private static StubServer? _stub;
    private static RequirementCatalogue? _requirements;

    internal static RunSession Session => _session ?? throw new InvalidOperationException("the suite's target is not set up");

    internal static RunSettings Settings { get; } = new(name => TestContext.Parameters.Get(name), Environment.GetEnvironmentVariable);

    internal static DeviationLedger Ledger { get; private set; } = DeviationLedger.Empty;

    private static string ReportDirectory => Path.Combine(RepositoryPaths.Reports(typeof(SuiteTarget).Assembly), Settings.ReportName);

    internal static void Record(CaseResult result) => Results.Add(result);

    [OneTimeSetUp]
    public async Task Open()
    {
        _requirements = RequirementCatalogue.Load();
        var errors = ErrorTable.Load();
        Ledger = DeviationLedger.Load(Path.Combine(ReportDirectory, "deviations.json"), _requirements, CaseCatalogue.Load(_requirements));
        var values = new Dictionary<string, string>(Settings.CaseValues);
        var url = Settings.TargetUrl;
        var token = Settings.AccessToken;
        var events = Settings.EventsUrl;
        _ = Settings.Snapshot; // a bad value stops the run now, not after every case
        if (url is null)
        {
            _stub = StubServer.Start(FixturePaths.Root);
            url = _stub.AddParticipantUrl;
            token ??= _stub.AccessToken;
            events ??= _stub.EventsUrl;
            foreach (var (name, to) in _stub.Triggers) values.TryAdd(name, to);
        }
        else if (token is null)
        {
            throw new ConfigurationException(Setting.AccessToken, "", "must be given with TargetUrl: a live server needs a token");
        }
        else
        {
            await Preflight.EnsureReachableAsync(url);
        }

        _session = new RunSession(
            new TargetSettings(url, token, values, Settings.RequestTimeout, Settings.MaxConcurrency, events, Settings.EventTimeout, Settings.CaCertificate),
            _requirements, errors);
    }

    [OneTimeTearDown]
    public void Close()
    {
        _session?.Dispose();
        _stub?.Dispose();
        if (_requirements is null || _session is null) return;

        var target = Settings.TargetUrl?.GetLeftPart(UriPartial.Path) ?? "the embedded stub";
        var report = RunReport.Build(Settings.ReportName, target, _requirements, CaseCatalogue.Load(_requirements), [.. Results], Ledger,
            DateOnly.FromDateTime(DateTime.UtcNow));
        Directory.CreateDirectory(ReportDirectory);
        File.WriteAllText(Path.Combine(ReportDirectory, "conformance-report.md"), MarkdownReport.Write(report));
        File.WriteAllText(Path.Combine(ReportDirectory, "conformance-report.json"), JsonReport.Write(report));

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
