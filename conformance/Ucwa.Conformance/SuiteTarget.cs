using NUnit.Framework;
using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance;

/// <summary>
/// Once per run: reads the settings, starts the embedded stub unless a TargetUrl is given, and opens the
/// session every case runs in.
/// </summary>
[SetUpFixture]
public sealed class SuiteTarget
{
    private static RunSession? _session;
    private static StubServer? _stub;

    internal static RunSession Session => _session ?? throw new InvalidOperationException("the suite's target is not set up");

    internal static RunSettings Settings { get; } = new(name => TestContext.Parameters.Get(name), Environment.GetEnvironmentVariable);

    [OneTimeSetUp]
    public async Task Open()
    {
        var requirements = RequirementCatalogue.Load();
        var errors = ErrorTable.Load();
        var values = new Dictionary<string, string>(Settings.CaseValues);
        var url = Settings.TargetUrl;
        var token = Settings.AccessToken;
        var events = Settings.EventsUrl;
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

        _session = new RunSession(new TargetSettings(url, token, values, Settings.RequestTimeout, Settings.MaxConcurrency, events, Settings.EventTimeout, Settings.CaCertificate), requirements, errors);
    }

    [OneTimeTearDown]
    public void Close()
    {
        _session?.Dispose();
        _stub?.Dispose();
    }
}
