using Ucwa.Conformance.Stub;

// The stub as a standalone server, for client developers and for live-mode runs over real TCP.
var port = args.Length == 2 && args[0] == "--port" && int.TryParse(args[1], out var p) ? p : 0;
var fixtures = Environment.GetEnvironmentVariable("UCWA_FIXTURES_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "fixtures");
using var stub = StubServer.Start(fixtures, port: port);
Console.WriteLine($"addParticipant: {stub.AddParticipantUrl}");
Console.WriteLine($"events: {stub.EventsUrl}");
Console.WriteLine($"token: {stub.AccessToken}");
foreach (var (name, to) in stub.Triggers) Console.WriteLine($"{name}: {to}");
Console.Out.Flush();
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
try { await Task.Delay(Timeout.Infinite, stop.Token); } catch (OperationCanceledException) { }
