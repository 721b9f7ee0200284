using System.CommandLine;
using Spectre.Console;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Cli;

/// <summary>
/// The command line: the setting flags, the filter, listing, the JUnit copy. Parse errors exit 2 with the
/// problem (System.CommandLine's own would exit 1, the code for a server that does not conform).
/// </summary>
internal static class ConformanceCommand
{
    public static readonly Option<string[]> Filter = new("--filter")
    {
        Description = "run only matching cases: case=ID[.FORMAT], format=json|xml, requirement=ID, level=MUST|SHOULD, * as a wildcard; "
                      + "repeat it (same key: any of them; different keys: all). A filter that matches no case exits 2",
        HelpName = "key=value",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<bool> List = new("--list")
    {
        Description = "list the cases the filter selects, with their levels and requirements, and send nothing",
    };

    public static readonly Option<FileInfo?> Junit = new("--junit")
    {
        Description = "also write the run's JUnit XML here (the report folder's conformance-report.junit.xml; warnings and inconclusive cases are skipped)",
        HelpName = "file",
    };

    private const string About = """
        The UCWA 2.0 addParticipant conformance suite: the cases of fixtures/ against a live server (--target or
        --discovery) or, with neither, against the embedded stub. It writes the same reports and verifies the same
        snapshot as `dotnet test conformance/Ucwa.Conformance`.

        Every setting also comes from its UCWA_* variable (shown with each flag); a flag wins over the variable.
        Secrets are read from variables only, never from flags: UCWA_ACCESS_TOKEN, UCWA_PASSWORD, UCWA_PEER_PASSWORD.

        """ + "\n" + ExitCodes.Help;

    public static RootCommand Create(CliRun run)
    {
        var root = new RootCommand(About) { Filter, List, Junit };
        foreach (var (_, option) in SettingOptions.All) root.Options.Add(option);
        root.SetAction((parsed, cancel) => run.InvokeAsync(parsed, cancel));
        return root;
    }

    /// <summary>Parses and runs: the one entry point of the program and of the self-tests.</summary>
    /// <param name="terminal">The console is a terminal: progress is a live bar (unless CI=true), not a line per case.</param>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, Func<string, string?> environment, Func<EmbeddedTarget> embedded,
        bool terminal = false, CancellationToken cancel = default)
    {
        var root = Create(new CliRun(console, environment, embedded, terminal));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.GetResult(root.Options.OfType<System.CommandLine.Help.HelpOption>().Single()) is null)
        {
            foreach (var error in parsed.Errors) console.Profile.Out.Writer.WriteLine(error.Message);
            console.Profile.Out.Writer.WriteLine("See ucwa-conformance --help.");
            return ExitCodes.Configuration;
        }

        var output = new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = console.Profile.Out.Writer };
        return await parsed.InvokeAsync(output, cancel).ConfigureAwait(false);
    }
}
