using Ucwa.Conformance.Stub;

// The stub as a standalone server, for client developers and for live-mode runs over real TCP:
//   dotnet run --project conformance/Ucwa.Conformance.Stub -- [--port N] [--latency-ms N] [--env-file FILE]
// It prints its addParticipant URL, events URL, token and error triggers; --env-file also writes them as
// the suite's UCWA_* variables, one NAME=value per line, for scripts.
var options = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
int Number(string name) => options.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : 0;

var fixtures = Environment.GetEnvironmentVariable("UCWA_FIXTURES_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "fixtures");
using var stub = StubServer.Start(fixtures, new StubBehaviour { LatencyMs = Number("--latency-ms") }, Number("--port"));

var variables = new List<(string Name, string Value)>
{
    ("UCWA_TARGET_URL", stub.AddParticipantUrl.ToString()),
    ("UCWA_EVENTS_URL", stub.EventsUrl.ToString()),
    ("UCWA_ACCESS_TOKEN", stub.AccessToken),
    ("UCWA_DISCOVERY_URL", stub.DiscoveryUrl.ToString()),
    ("UCWA_USERNAME", stub.Username),
    ("UCWA_PASSWORD", stub.Password),
};
variables.AddRange(stub.Triggers.Select(t => ("UCWA_" + t.Key.ToUpperInvariant().Replace('.', '_'), t.Value)));
foreach (var (name, value) in variables) Console.WriteLine($"{name}={value}");
if (options.TryGetValue("--env-file", out var envFile))
    File.WriteAllLines(envFile, variables.Select(v => $"{v.Name}={v.Value}"));
Console.WriteLine("Stub running; Ctrl+C stops it.");
Console.Out.Flush();

using var stop = new CancellationTokenSource();
// SIGINT and SIGTERM end the wait below instead of the process, so the stub can report and stop cleanly.
using var onInterrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Stopped by Ctrl+C or SIGTERM.
}

foreach (var what in stub.Lifecycle) Console.WriteLine(what);
Console.WriteLine($"requests served: {stub.RequestsServed}");

void Stop(System.Runtime.InteropServices.PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
