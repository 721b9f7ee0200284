using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.SelfTests.Deviations;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Cli;

/// <summary>
/// The command's exit codes, each shown against a server or a setting that earns it: 0 for the conforming
/// stub, 1 for a stub that breaks a MUST (a deviation fixture's knobs), 2 for a bad setting or a filter that
/// matches nothing, 3 for a closed port; and the flags over their variables.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class CliExitCodeTests
{
    /// <summary>Every case in every format it runs in: what a whole run counts.</summary>
    private static readonly int CaseRuns = StubRun.Cases.Sum(c => c.FormatsToRun.Count);

    private const string ClosedPort = "http://127.0.0.1:1/ucwa/oauth/v1/applications/1/communication/participantInvitations";

    [Test]
    public async Task The_conforming_stub_exits_0_with_a_line_per_case_and_the_snapshot_matching()
    {
        using var cli = new CliSession();
        cli.WithCommittedSnapshot("stub");

        var code = await cli.RunAsync("--report-name", "stub");

        code.Should().Be(0);
        cli.Output.Should().Contain("passed       auth-missing.json", "a console that is not a terminal gets one plain line per case")
            .And.Contain("snapshot matches").And.Contain($"{CaseRuns} passed, 0 failed");
    }

    [Test]
    public async Task A_stub_that_breaks_a_MUST_exits_1_and_prints_the_failure_with_a_rerun_line()
    {
        var deviation = Deviation.All().Single(d => d.Id == "created-200");
        using var cli = new CliSession { Behaviour = deviation.Behaviour };

        var code = await cli.RunAsync("--snapshot", "off");

        code.Should().Be(1);
        cli.Output.Should().Contain("[Failed] ").And.Contain("AP-ACCEPT-JSON").And.Contain("ucwa-conformance --filter case=");
    }

    [Test]
    public async Task A_stub_that_breaks_only_a_SHOULD_exits_0_and_1_with_strict()
    {
        var deviation = Deviation.All().Single(d => d.Id == "error-without-message");
        using var lenient = new CliSession { Behaviour = deviation.Behaviour };
        using var strict = new CliSession { Behaviour = deviation.Behaviour };

        (await lenient.RunAsync("--snapshot", "off")).Should().Be(0, "a SHOULD failure is a warning");
        (await strict.RunAsync("--snapshot", "off", "--strict")).Should().Be(1, "with --strict a SHOULD failure fails the run");
        lenient.Output.Should().Contain("[Warning] ");
    }

    [TestCase("--max-concurrency", "2.5", "MaxConcurrency (UCWA_MAX_CONCURRENCY)")]
    [TestCase("--snapshot", "approve", "Snapshot (UCWA_SNAPSHOT)")]
    [TestCase("--target", "events", "TargetUrl (UCWA_TARGET_URL)")]
    [TestCase("--strict", "maybe", "Strict (UCWA_STRICT)")]
    public async Task A_bad_setting_exits_2_naming_it(string flag, string value, string named)
    {
        using var cli = new CliSession();

        var code = await cli.RunAsync(flag, value);

        code.Should().Be(2);
        cli.Output.Should().Contain(named);
    }

    [Test]
    public async Task A_bad_variable_exits_2_naming_it()
    {
        using var cli = new CliSession { Environment = { ["UCWA_EVENT_TIMEOUT_SECONDS"] = "-1" } };

        (await cli.RunAsync()).Should().Be(2);
        cli.Output.Should().Contain("EventTimeoutSeconds (UCWA_EVENT_TIMEOUT_SECONDS)");
    }

    [Test]
    public async Task A_closed_port_exits_3()
    {
        using var cli = new CliSession { Environment = { ["UCWA_ACCESS_TOKEN"] = "cwt=x" } };

        var code = await cli.RunAsync("--target", ClosedPort);

        code.Should().Be(3);
        cli.Output.Should().Contain("nothing listens on port 1");
    }

    [Test]
    public async Task A_flag_wins_over_its_variable()
    {
        // The variable alone would be a bad setting (2); the flag in its place reaches the closed port (3).
        using var cli = new CliSession { Environment = { ["UCWA_ACCESS_TOKEN"] = "cwt=x", ["UCWA_TARGET_URL"] = "not a URL" } };

        (await cli.RunAsync("--target", ClosedPort)).Should().Be(3);
    }

    [Test]
    public async Task A_filter_that_matches_no_case_exits_2_before_sending_anything()
    {
        using var cli = new CliSession();

        var code = await cli.RunAsync("--filter", "requirement=AP-NO-SUCH");

        code.Should().Be(2);
        cli.Output.Should().Contain("No case matches --filter requirement=AP-NO-SUCH");
        Directory.EnumerateFileSystemEntries(cli.ReportsDirectory).Should().BeEmpty("no run started, so no report was written");
    }

    [TestCase("--filter", "colour=red")]
    [TestCase("--access-token", "cwt=x")]
    [TestCase("--password", "p")]
    [TestCase("--no-such-flag")]
    public async Task An_unknown_flag_or_filter_key_exits_2_and_secrets_have_no_flag(params string[] args)
    {
        using var cli = new CliSession();

        (await cli.RunAsync(args)).Should().Be(2);
    }

    [Test]
    public async Task Help_names_the_exit_codes_and_says_secrets_come_from_variables_only()
    {
        using var cli = new CliSession();

        (await cli.RunAsync("--help")).Should().Be(0);

        cli.Output.Should().Contain("Exit codes:").And.Contain("3  target unreachable")
            .And.Contain("Secrets are read from variables only, never from flags: UCWA_ACCESS_TOKEN, UCWA_PASSWORD, UCWA_PEER_PASSWORD");
    }

    [Test]
    public async Task List_shows_the_cases_the_filter_selects_by_requirement_and_format()
    {
        using var cli = new CliSession();

        (await cli.RunAsync("--list", "--filter", "requirement=AP-OPID-51", "--filter", "format=xml")).Should().Be(0);

        var lines = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[..^1].Should().NotBeEmpty().And.OnlyContain(l => l.Contains(".xml ", StringComparison.Ordinal) && l.Contains("AP-OPID-51", StringComparison.Ordinal));
        lines[^1].Should().Be($"{lines.Length - 1} case run(s)");
    }

    [Test]
    public async Task A_filtered_run_sends_only_the_matching_cases_and_skips_the_rest_in_the_report()
    {
        using var cli = new CliSession();

        var code = await cli.RunAsync("--filter", "case=opid-length-51", "--filter", "level=MUST");

        code.Should().Be(0);
        cli.Output.Should().Contain($"2 passed, 0 failed, 0 warnings, 0 inconclusive, {CaseRuns - 2} skipped").And.Contain("snapshot not checked: a partial run");
        cli.Report("stub", ReportFiles.Json).Should().Contain("not run (filtered out)");
    }

    [TestCase(null, false)]
    [TestCase("true", true)]
    public async Task On_a_terminal_progress_is_a_live_bar_and_with_CI_true_a_plain_line_per_case(string? ci, bool plain)
    {
        using var cli = new CliSession { Terminal = true };
        if (ci is not null) cli.Environment["CI"] = ci;

        var code = await cli.RunAsync("--filter", "case=opid-length-5*", "--snapshot", "off");

        code.Should().Be(0);
        cli.Output.Contains("] passed       opid-length-50.json", StringComparison.Ordinal).Should().Be(plain);
        cli.Output.Contains("100%", StringComparison.Ordinal).Should().Be(!plain, "the bar ends at 100%");
        cli.Output.Should().Contain("passed, 0 failed");
    }
}
