using System.Collections.Concurrent;
using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.SignIn;
using Ucwa.Conformance.Engine.Snapshots;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// One run of the suite, the engine call every front door makes: <see cref="StartAsync"/> checks every
/// setting and fixture, reaches the target (the embedded server, a discovery root to sign in at, or a given
/// addParticipant link) and opens the session; <see cref="RunAsync"/> runs one case in one format;
/// <see cref="FinishAsync"/> cleans up on the server, writes the reports and verifies the snapshot. A run
/// that cannot start is <see cref="Stopped"/>: it sends nothing more, and still writes a report saying why.
/// </summary>
public sealed class SuiteRun : IAsyncDisposable
{
    private readonly ConcurrentBag<CaseResult> _results = [];
    private readonly RunSettings _settings;
    private readonly Action<string> _say;
    private RunSession? _session;
    private HttpTransport? _transport;
    private SignedIn? _signedIn;
    private PeerSignedIn? _peer;
    private TwoPartyConversations? _twoParty;
    private XmlChannelApplication? _xmlChannel;
    private EmbeddedTarget? _embedded;
    private bool _finished;

    private SuiteRun(RunSettings settings, Action<string> say)
    {
        _settings = settings;
        _say = say;
    }

    /// <summary>Where and why the run stopped before its cases, or null.</summary>
    public RunStop? Stopped { get; private set; }

    public RequirementCatalogue? Requirements { get; private set; }

    public IReadOnlyList<CaseDefinition> Cases { get; private set; } = [];

    public KnownFailures Known { get; private set; } = KnownFailures.None;

    /// <summary>Strict=true: a SHOULD failure fails the case (read once, at start-up).</summary>
    public bool Strict { get; private set; }

    /// <summary>This run's report folder; null only when the settings cannot name one.</summary>
    public string? ReportFolder { get; private set; }

    /// <param name="embedded">Starts the in-process server when no target is configured.</param>
    /// <param name="say">Where the run's own messages go: the snapshot's outcome, the reports' path.</param>
    public static async Task<SuiteRun> StartAsync(RunSettings settings, Func<EmbeddedTarget> embedded, Action<string> say, CancellationToken cancel = default)
    {
        var run = new SuiteRun(settings, say);
        await run.OpenAsync(embedded, cancel).ConfigureAwait(false);
        return run;
    }

    private async Task OpenAsync(Func<EmbeddedTarget> embedded, CancellationToken cancel)
    {
        var problems = _settings.Problems();
        try
        {
            ReportFolder = _settings.ReportFolder;
        }
        catch (ConfigurationException)
        {
            // Named among the problems; the stop report goes where a run without ReportName would write.
            ReportFolder = Path.Combine(RepositoryPaths.DefaultReports, "stub");
        }

        ReportFiles.ClearStale(ReportFolder);
        if (problems.Count > 0)
        {
            Stop(RunStop.Configuration, string.Join(Environment.NewLine, problems.Select(p => p.Message)));
            return;
        }

        try
        {
            Requirements = RequirementCatalogue.Load();
            Cases = CaseCatalogue.Load(Requirements);
            Known = KnownFailures.Load(ReportFolder, Requirements, Cases);
        }
        catch (FixtureException e)
        {
            Stop(RunStop.Fixtures, e.Message);
            return;
        }

        Strict = _settings.Strict;
        var errors = ErrorTable.Load();
        var values = new Dictionary<string, string>(_settings.CaseValues);
        _transport = new HttpTransport(_settings.RequestTimeout, _settings.MaxConcurrency, _settings.CaCertificate);

        var discovery = _settings.DiscoveryUrl;
        var account = _settings.Account;
        var peer = _settings.Peer;
        try
        {
            if (_settings.TargetUrl is null && discovery is null)
            {
                _embedded = embedded();
                (discovery, account, peer) = (_embedded.DiscoveryUrl, (_embedded.Username, _embedded.Password), _embedded.Peer);
                foreach (var (name, to) in _embedded.Triggers) values.TryAdd(name, to);
            }
            else if (discovery is not null)
            {
                await Preflight.EnsureReachableAsync(discovery, Setting.DiscoveryUrl, _settings.CaCertificate, cancel).ConfigureAwait(false);
            }
            else
            {
                await Preflight.EnsureReachableAsync(_settings.TargetUrl!, Setting.TargetUrl, _settings.CaCertificate, cancel).ConfigureAwait(false);
            }
        }
        catch (TargetUnreachableException e)
        {
            Stop(RunStop.Preflight, e.Message);
            return;
        }

        ITwoPartySource twoParty = new NoTwoParty(discovery is null ? NoTwoParty.NeedsSignIn : NoTwoParty.NeedsPeer);
        IXmlChannelSource xmlChannel = new NoXmlChannel(NoXmlChannel.NeedsSignIn);
        if (discovery is not null)
        {
            var flow = new SignInFlow(_transport, _settings.EventTimeout);
            (_signedIn, _peer, var failure) = await flow.RunWithPeerAsync(discovery, account!.Value, peer, cancel).ConfigureAwait(false);
            if (failure is not null)
            {
                Stop(RunStop.SignIn, failure.Message); // what did sign in is left in FinishAsync
                return;
            }

            xmlChannel = _xmlChannel = new XmlChannelApplication(flow, discovery, account.Value.Username, account.Value.Password);
            if (_peer is not null) twoParty = _twoParty = TwoPartyConversations.For(flow, _signedIn!, _peer, _settings.EventTimeout, _xmlChannel);
        }

        var url = _settings.TargetUrl ?? _signedIn!.AddParticipantUrl;
        var token = _settings.AccessToken ?? _signedIn!.AccessToken;
        var events = _settings.EventsUrl is null ? _signedIn?.Events : null; // a given EventsUrl gets a pump of its own
        var target = new TargetSettings(url, token, values, _settings.RequestTimeout, _settings.MaxConcurrency,
            _settings.EventsUrl ?? _signedIn?.Events.EventsUrl, _settings.EventTimeout, _settings.CaCertificate);
        _session = new RunSession(target, Requirements, errors, _transport, events, twoParty, xmlChannel);
    }

    /// <summary>The front door says why, once, from the run's problems (<see cref="RunEnd.Problems"/>).</summary>
    private void Stop(string step, string reason) => Stopped = new RunStop(step, reason);

    /// <summary>Runs one case in one format (a stopped run runs none) and keeps its result for the reports.</summary>
    public async Task<CaseResult> RunAsync(CaseDefinition c, WireFormat format)
    {
        var session = _session ?? throw new InvalidOperationException(Stopped?.ToString() ?? "the run has not started");
        var result = await session.RunAsync(c, format).ConfigureAwait(false);
        _results.Add(result);
        return result;
    }

    /// <summary>What the case means for the user under this run's rules: the one decision every output shows.</summary>
    public Disposition Decide(CaseResult result) => Disposition.Of(result, Strict, Known);

    /// <summary>The line that reruns one case against the same target, with the settings in force.</summary>
    public string Rerun(string caseName) => Repro.Rerun(_settings.RerunPrefix(), caseName);

    /// <summary>
    /// Leaves the conversations and deletes the applications (both accounts'), writes the reports and verifies the snapshot.
    /// The returned report says whether the run fails (<see cref="RunReport.Fails"/>), with every problem.
    /// </summary>
    public async Task<RunEnd> FinishAsync()
    {
        _finished = true;
        var eventsProblem = _session?.EventsProblem;
        await CloseAsync().ConfigureAwait(false);
        var target = Stopped is null || _settings.Problems().Count == 0
            ? _settings.TargetUrl?.GetLeftPart(UriPartial.Path) ?? _settings.DiscoveryUrl?.ToString() ?? "the embedded stub"
            : "(not read: the settings are invalid)";
        var report = Stopped is { } stop
            ? RunReport.StoppedAt(Path.GetFileName(ReportFolder!), target, Requirements, Cases, stop)
            : RunReport.Build(_settings.ReportName, target, Requirements!, Cases, [.. _results], Known, Strict,
                DateOnly.FromDateTime(DateTime.UtcNow), _signedIn?.Profile, _settings.RerunPrefix());

        ReportFiles.Write(ReportFolder!, report);
        StepSummary.AppendIfRequested(report, Environment.GetEnvironmentVariable); // CI's own variable, not a suite setting
        SnapshotResult? snapshot = null;
        if (report.IsComplete)
        {
            snapshot = ReportFiles.VerifySnapshot(ReportFolder!, report, _settings.Snapshot);
            _say(snapshot.Message);
        }
        else if (Stopped is null)
        {
            _say($"snapshot not checked: a partial run ({report.Cases.Count(c => c.Result is not null)} of {report.Cases.Count} case runs)");
        }

        _say($"reports written to {ReportFolder}");
        return RunEnd.Of(report, snapshot, eventsProblem);
    }

    private async Task CloseAsync()
    {
        _session?.Dispose();
        _session = null;
        // Both accounts leave the two-party conversations first, then each deletes its application.
        if (_twoParty is not null) await _twoParty.LeaveAsync().ConfigureAwait(false);
        _twoParty = null;
        if (_peer is not null) await _peer.LeaveAsync().ConfigureAwait(false);
        _peer = null;
        if (_xmlChannel is not null) await _xmlChannel.LeaveAsync().ConfigureAwait(false);
        _xmlChannel = null;
        if (_signedIn is not null) await _signedIn.LeaveAsync().ConfigureAwait(false);
        _signedIn = null;
        _transport?.Dispose();
        _transport = null;
        _embedded?.Server.Dispose();
        _embedded = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished) await CloseAsync().ConfigureAwait(false);
    }
}
