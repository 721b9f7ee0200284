using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Cli;

/// <summary>
/// The command writes what the NUnit front door writes: the same reports, byte for byte, for the same
/// target, and the same snapshot. Against the embedded stub, where every case passes, the Markdown, JSON and
/// JUnit reports hold nothing that varies between runs (no port, no id, no time: the HTML report's
/// exchanges do, so it is left out); the snapshot is the committed one the NUnit run verifies.
/// </summary>
[TestFixture]
public sealed class CliOutputTests
{
    [Test]
    public async Task The_command_writes_the_reports_the_engine_writes_for_the_NUnit_front_door()
    {
        using var cli = new CliSession();
        cli.WithCommittedSnapshot("stub");
        using var junit = new TempFolder();
        var junitFile = Path.Combine(junit.Path, "out", "cli.junit.xml");
        await using var nunit = new SettingsRun(new() { ["UCWA_REPORT_NAME"] = "stub", ["UCWA_SNAPSHOT"] = "off" });

        var code = await cli.RunAsync("--report-name", "stub", "--junit", junitFile);
        var (_, end) = await nunit.AllAsync();

        code.Should().Be(0);
        end.Fails.Should().BeFalse();
        foreach (var file in new[] { ReportFiles.Markdown, ReportFiles.Json, ReportFiles.Junit })
            cli.Report("stub", file).Should().Be(nunit.Report(file), $"{file} is written by the same engine from the same run");
        File.ReadAllText(junitFile).Should().Be(cli.Report("stub", ReportFiles.Junit), "--junit writes the report folder's JUnit");
        cli.Output.Should().Contain("snapshot matches", "the NUnit run's committed snapshot");
    }

    [Test]
    public async Task JUnit_shows_warnings_as_skipped_with_their_reason()
    {
        var deviation = Deviations.Deviation.All().Single(d => d.Id == "error-without-message");
        using var cli = new CliSession { Behaviour = deviation.Behaviour };

        (await cli.RunAsync("--snapshot", "off")).Should().Be(0);

        cli.Report("stub", ReportFiles.Junit).Should().Contain("<skipped message=\"[warning]").And.NotContain("<failure");
    }
}
