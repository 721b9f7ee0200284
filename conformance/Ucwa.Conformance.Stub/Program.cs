using Ucwa.Conformance.Stub;

// The stub as a standalone server, for client developers and for live-mode runs over real TCP:
//   dotnet run --project conformance/Ucwa.Conformance.Stub -- [--port N] [--env-file FILE] [--help] …
// It prints its addParticipant URL, events URL, token, test accounts and error triggers; --env-file also
// writes them as the suite's UCWA_* variables, one NAME=value per line, for scripts.
return await StubCommandLine.Create(RunAsync).Parse(args).InvokeAsync();

static async Task<int> RunAsync(StubBehaviour behaviour, int port, FileInfo? envFile, CancellationToken cancel)
{
    var fixtures = Environment.GetEnvironmentVariable("UCWA_FIXTURES_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "fixtures");
    using var stub = StubServer.Start(fixtures, behaviour, port);

    var variables = new List<(string Name, string Value)>
    {
        ("UCWA_TARGET_URL", stub.AddParticipantUrl.ToString()),
        ("UCWA_EVENTS_URL", stub.EventsUrl.ToString()),
        ("UCWA_ACCESS_TOKEN", stub.AccessToken),
        ("UCWA_DISCOVERY_URL", stub.DiscoveryUrl.ToString()),
        ("UCWA_USERNAME", stub.Username),
        ("UCWA_PASSWORD", stub.Password),
        ("UCWA_PEER_USERNAME", stub.PeerUsername),
        ("UCWA_PEER_PASSWORD", stub.PeerPassword),
    };
    variables.AddRange(stub.Triggers.Select(t => ("UCWA_" + t.Key.ToUpperInvariant().Replace('.', '_'), t.Value)));
    foreach (var (name, value) in variables) Console.WriteLine($"{name}={value}");
    if (envFile is not null)
        await File.WriteAllLinesAsync(envFile.FullName, variables.Select(v => $"{v.Name}={v.Value}"), CancellationToken.None);
    Console.WriteLine("Stub running; Ctrl+C stops it.");
    Console.Out.Flush();

    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
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
    return 0;

    void Stop(System.Runtime.InteropServices.PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}
