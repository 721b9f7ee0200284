using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;

namespace Ucwa.Conformance.SelfTests.StubAsServer; // folder Stub/ (the name Stub would hide the Ucwa.Conformance.Stub namespace)

/// <summary>The standalone stub's command line, run as users run it: a bad option stops it with the problem and the usage.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class StubCommandLineTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Ucwa.Conformance.Stub.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "the stub was still running: it did not refuse the arguments");
        }

        return (process.ExitCode, await output + await error);
    }

    [TestCase("--prot", "8080", "--prot")]
    [TestCase("--port", "abc", "abc")]
    [TestCase("--port", "70000", "between 0 and 65535")]
    [TestCase("--invitee-answer", "maybe", "maybe")]
    public async Task Refuses_an_unknown_or_malformed_argument_with_the_usage(string option, string value, string named)
    {
        var (exit, output) = await RunAsync(option, value);

        exit.Should().Be(1);
        output.Should().Contain(named).And.Contain("Usage:").And.NotContain("Unhandled exception");
    }

    [Test]
    public async Task Prints_the_usage_with_every_option_on_help()
    {
        var (exit, output) = await RunAsync("--help");

        exit.Should().Be(0);
        output.Should().Contain("Usage:").And.Contain("--port").And.Contain("--invitee-answer").And.Contain("--event-hold-ms").And.Contain("--chunked");
    }

    [TestCase("""{"ucwaVersionHeader": "sometimes"}""", "ucwaVersionHeader \"sometimes\" is not one of always, never, not-on-reads")]
    [TestCase("""{"invitationFormat": "xml"}""", "invitationFormat \"xml\" is not one of negotiated, json")]
    [TestCase("""{"eventFormat": "XML"}""", "eventFormat \"XML\" is not one of negotiated, json")]
    [TestCase("""{"invitee": {"answer": "later"}}""", "invitee answer \"later\" is not one of accept, decline, never")]
    public async Task Refuses_a_behaviour_file_whose_knob_has_a_value_it_does_not_take(string json, string named)
    {
        var file = Path.Combine(Path.GetTempPath(), $"stub-behaviour-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            var (exit, output) = await RunAsync("--behaviour", file);

            exit.Should().Be(2, "a bad behaviour file is a configuration error");
            output.Should().Contain(named).And.NotContain("Unhandled exception");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
