using Spectre.Console;
using Ucwa.Conformance.Cli;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Stub;

// The suite as a command (ucwa-conformance --help):
//   dotnet run --project conformance/Ucwa.Conformance.Cli -- [--target URL | --discovery URL --username U] [--filter …] …
return await ConformanceCommand.RunAsync(args, AnsiConsole.Console, Environment.GetEnvironmentVariable, EmbeddedStub.Start,
    terminal: !Console.IsOutputRedirected);

namespace Ucwa.Conformance.Cli
{
    /// <summary>The server the run starts in the process when no target is named, as the NUnit front door starts it.</summary>
    internal static class EmbeddedStub
    {
        public static EmbeddedTarget Start() => Start(null);

        public static EmbeddedTarget Start(StubBehaviour? behaviour)
        {
            var stub = StubServer.Start(FixturePaths.Root, behaviour);
            return new EmbeddedTarget(stub.DiscoveryUrl, stub.Username, stub.Password, stub.Triggers, stub, (stub.PeerUsername, stub.PeerPassword));
        }
    }
}
