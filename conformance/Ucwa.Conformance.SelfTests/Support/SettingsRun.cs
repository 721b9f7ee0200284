using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Support;

/// <summary>A whole run through <see cref="SuiteRun"/>, as a front door makes it, from environment-style settings; reports go to a temporary folder.</summary>
internal sealed class SettingsRun : IAsyncDisposable
{
    private readonly TempFolder _reports = new();

    public SettingsRun(Dictionary<string, string> environment)
    {
        environment.TryAdd(Setting.ReportsDirectory.Environment, _reports.Path);
        environment.TryAdd(Setting.ReportName.Environment, "self-test");
        Settings = new RunSettings(_ => null, name => environment.GetValueOrDefault(name));
        ReportFolder = System.IO.Path.Combine(_reports.Path, environment[Setting.ReportName.Environment]);
    }

    public RunSettings Settings { get; }

    public List<string> Said { get; } = [];

    public string ReportFolder { get; }

    public SuiteRun? Run { get; private set; }

    public async Task<SuiteRun> StartAsync()
    {
        Run = await SuiteRun.StartAsync(Settings, () =>
        {
            var stub = StubServer.Start(Engine.Fixtures.FixturePaths.Root);
            return new EmbeddedTarget(stub.DiscoveryUrl, stub.Username, stub.Password, stub.Triggers, stub, (stub.PeerUsername, stub.PeerPassword));
        }, Said.Add);
        return Run;
    }

    /// <summary>Starts, runs every case in every format, finishes: the dispositions and how the run ended.</summary>
    public async Task<(IReadOnlyList<Disposition> Cases, RunEnd End)> AllAsync()
    {
        var run = await StartAsync();
        var results = run.Stopped is null
            ? await Task.WhenAll(run.Cases.SelectMany(c => c.FormatsToRun.Select(f => run.RunAsync(c, f))))
            : [];
        var end = await run.FinishAsync();
        return ([.. results.Select(run.Decide)], end);
    }

    public string Report(string file) => File.ReadAllText(System.IO.Path.Combine(ReportFolder, file));

    public async ValueTask DisposeAsync()
    {
        if (Run is not null) await Run.DisposeAsync();
        _reports.Dispose();
    }
}
