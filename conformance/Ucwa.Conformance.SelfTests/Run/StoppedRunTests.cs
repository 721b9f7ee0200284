using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.SelfTests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ucwa.Conformance.SelfTests.Run;

/// <summary>
/// A run that cannot start stops before any request, says why once (naming the setting), and still writes a
/// report saying where it stopped, in place of any earlier run's report.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class StoppedRunTests
{
    private static Dictionary<string, string> Against(WireMockServer server) => new()
    {
        ["UCWA_TARGET_URL"] = server.Url + "/ucwa/oauth/v1/applications/1/communication/participantInvitations",
        ["UCWA_ACCESS_TOKEN"] = "cwt=x",
    };

    [TestCase("UCWA_STRICT", "maybe", "Strict (UCWA_STRICT)")]
    [TestCase("UCWA_REQUEST_TIMEOUT_SECONDS", "2.5", "RequestTimeoutSeconds (UCWA_REQUEST_TIMEOUT_SECONDS)")]
    [TestCase("UCWA_EVENT_TIMEOUT_SECONDS", "-1", "EventTimeoutSeconds (UCWA_EVENT_TIMEOUT_SECONDS)")]
    [TestCase("UCWA_MAX_CONCURRENCY", "2.5", "MaxConcurrency (UCWA_MAX_CONCURRENCY)")]
    [TestCase("UCWA_SNAPSHOT", "approve", "Snapshot (UCWA_SNAPSHOT)")]
    [TestCase("UCWA_EVENTS_URL", "events", "EventsUrl (UCWA_EVENTS_URL)")]
    [TestCase("UCWA_CA_CERTIFICATE", "/nonexistent.pem", "CaCertificate (UCWA_CA_CERTIFICATE)")]
    [TestCase("UCWA_USERNAME", "u@contoso.com", "Password (UCWA_PASSWORD)")]
    [TestCase("UCWA_ACCESS_TOKEN", "", "AccessToken (UCWA_ACCESS_TOKEN) must be given with TargetUrl")]
    public async Task A_bad_setting_stops_the_run_before_any_request_naming_it(string variable, string value, string named)
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(201));
        var settings = Against(server);
        settings[variable] = value;
        await using var run = new SettingsRun(settings);
        var clock = Stopwatch.StartNew();

        var (cases, end) = await run.AllAsync();

        TestContext.Out.WriteLine($"stopped after {clock.Elapsed.TotalSeconds:0.00} s");
        server.LogEntries.Should().BeEmpty("no request may reach the target when a setting is bad");
        cases.Should().BeEmpty();
        end.Fails.Should().BeTrue();
        end.Report.Stopped!.Step.Should().Be(RunStop.Configuration);
        end.Problems.Should().ContainSingle().Which.Should().Contain(named);
        run.Report(ReportFiles.Json).Should().Contain("\"step\": \"configuration\"");
    }

    [Test]
    public async Task A_closed_port_replaces_an_earlier_report_with_one_saying_the_run_stopped_at_preflight()
    {
        await using var run = new SettingsRun(new()
        {
            ["UCWA_TARGET_URL"] = "http://127.0.0.1:1/ucwa/oauth/v1/applications/1/communication/participantInvitations",
            ["UCWA_ACCESS_TOKEN"] = "cwt=x",
        });
        Directory.CreateDirectory(run.ReportFolder);
        File.WriteAllText(Path.Combine(run.ReportFolder, ReportFiles.Markdown), "an earlier run: 50 passed");

        var (_, end) = await run.AllAsync();

        end.Report.Stopped!.Step.Should().Be(RunStop.Preflight);
        end.Problems.Should().ContainSingle().Which.Should().Contain("nothing listens on port 1").And.Contain("check TargetUrl (UCWA_TARGET_URL)");
        run.Report(ReportFiles.Markdown).Should().NotContain("an earlier run").And.Contain("The run stopped at preflight");
        run.Report(ReportFiles.Junit).Should().Contain("not run: the run stopped at preflight");
    }

    [Test]
    public async Task The_preflight_names_the_setting_in_use_and_says_DNS_failures_in_words()
    {
        await using var run = new SettingsRun(new()
        {
            ["UCWA_DISCOVERY_URL"] = "http://no-such-host.invalid/autodiscover/autodiscoverservice.svc/root",
            ["UCWA_USERNAME"] = "u@contoso.com",
            ["UCWA_PASSWORD"] = "p",
        });

        var (_, end) = await run.AllAsync();

        end.Problems.Should().ContainSingle().Which.Should().Contain("check DiscoveryUrl (UCWA_DISCOVERY_URL)")
            .And.Contain("no-such-host.invalid").And.Contain("DNS").And.NotContain("TryAgain");
    }

    [Test]
    public async Task An_https_URL_to_a_plain_HTTP_server_says_so_in_the_preflight()
    {
        using var server = WireMockServer.Start();
        var settings = Against(server);
        settings["UCWA_TARGET_URL"] = settings["UCWA_TARGET_URL"].Replace("http://", "https://", StringComparison.Ordinal);
        await using var run = new SettingsRun(settings);

        var (_, end) = await run.AllAsync();

        end.Report.Stopped!.Step.Should().Be(RunStop.Preflight);
        end.Problems.Should().ContainSingle().Which.Should().Contain("TLS handshake failed").And.Contain("plain-HTTP");
        server.LogEntries.Should().BeEmpty();
    }
}
