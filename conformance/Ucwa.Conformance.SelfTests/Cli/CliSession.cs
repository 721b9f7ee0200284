using NUnit.Framework;
using Spectre.Console.Testing;
using Ucwa.Conformance.Cli;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Cli;

/// <summary>
/// The command run in this process as a user runs it (its arguments, its variables, a console that is not
/// a terminal), against the embedded stub with given knobs; reports go to a temporary reports folder.
/// </summary>
internal sealed class CliSession : IDisposable
{
    private readonly TempFolder _reports = new();

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public StubBehaviour? Behaviour { get; init; }

    /// <summary>Runs as on a terminal that takes ANSI and is interactive (the progress bar's conditions), else as redirected.</summary>
    public bool Terminal { get; init; }

    public string ReportsDirectory => _reports.Path;

    public string Output { get; private set; } = "";

    /// <summary>Copies a committed snapshot (reports/NAME/*.verified.md) into this session's reports folder, to verify against.</summary>
    public void WithCommittedSnapshot(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_reports.Path, name)).FullName;
        var verified = Path.Combine(Engine.Reporting.RepositoryPaths.Root!, "reports", name, "conformance-report.verified.md");
        File.Copy(verified, Path.Combine(folder, "conformance-report.verified.md"));
    }

    public string Report(string name, string file) => File.ReadAllText(Path.Combine(_reports.Path, name, file));

    public async Task<int> RunAsync(params string[] args)
    {
        Environment.TryAdd("UCWA_REPORTS_DIR", _reports.Path);
        var console = new TestConsole();
        if (Terminal) console.Interactive().EmitAnsiSequences();
        var code = await ConformanceCommand.RunAsync(args, console, name => Environment.GetValueOrDefault(name), Start, Terminal);
        Output = console.Output;
        TestContext.Out.WriteLine($"exit {code}:{System.Environment.NewLine}{Output}");
        return code;
    }

    private EmbeddedTarget Start() => EmbeddedStub.Start(Behaviour);

    public void Dispose() => _reports.Dispose();
}
