using NUnit.Framework;
using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance;

/// <summary>
/// The NUnit front door's one engine call: before the cases, starts the <see cref="SuiteRun"/> (settings,
/// fixtures, the target: the embedded stub by default); after them, finishes it (clean-up on the server,
/// reports, snapshot) and fails the run, as a teardown failure that makes dotnet test exit non-zero, when
/// the engine says it fails for a reason no test carries (a MUST left unjudged, the snapshot, the known
/// failures, a stop).
/// </summary>
[SetUpFixture]
public sealed class SuiteTarget
{
    private static SuiteRun? _run;

    internal static SuiteRun Run => _run ?? throw new InvalidOperationException("the suite's run is not started");

    private static RunSettings Settings { get; } = new(name => TestContext.Parameters.Get(name), Environment.GetEnvironmentVariable);

    [OneTimeSetUp]
    public async Task Open() =>
        _run = await SuiteRun.StartAsync(Settings, StartStub, line => TestContext.Error.WriteLine(line));

    private static EmbeddedTarget StartStub()
    {
        var stub = StubServer.Start(FixturePaths.Root);
        return new EmbeddedTarget(stub.DiscoveryUrl, stub.Username, stub.Password, stub.Triggers, stub);
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (_run is null) return;
        var end = await _run.FinishAsync();
        await _run.DisposeAsync();
        if (end.Problems.Count > 0)
            throw new RunFailedException(end.Problems);
    }
}

/// <summary>Why the run fails beyond its failed tests, one line each.</summary>
public sealed class RunFailedException(IReadOnlyList<string> problems)
    : Exception("The run fails:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)));
