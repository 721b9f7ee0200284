using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Configuration;

namespace Ucwa.Conformance.SelfTests.Configuration;

/// <summary>Parameter over environment over default; an empty value counts as not given.</summary>
[TestFixture]
public sealed class RunSettingsTests
{
    private static RunSettings With(Dictionary<string, string> parameters, Dictionary<string, string> environment) =>
        new(name => parameters.GetValueOrDefault(name), name => environment.GetValueOrDefault(name));

    [Test]
    public void A_parameter_wins_over_the_environment()
    {
        With(new() { ["Invitee"] = "sip:p@x" }, new() { ["UCWA_INVITEE"] = "sip:e@x" }).Get(Setting.Invitee).Should().Be("sip:p@x");
    }

    [Test]
    public void An_empty_parameter_does_not_hide_the_environment()
    {
        With(new() { ["Invitee"] = "" }, new() { ["UCWA_INVITEE"] = "sip:e@x" }).Get(Setting.Invitee).Should().Be("sip:e@x");
    }

    [Test]
    public void The_default_applies_when_neither_is_given()
    {
        var settings = With([], []);

        settings.Get(Setting.Invitee).Should().Be("sip:john@contoso.com");
        settings.TargetUrl.Should().BeNull();
        settings.RequestTimeout.Should().Be(TimeSpan.FromSeconds(15));
        settings.Strict.Should().BeFalse();
    }

    [Test]
    public void Triggers_come_from_their_environment_variables()
    {
        With([], new() { ["UCWA_TRIGGER_CONFLICT_ALREADYEXISTS"] = "sip:dup@x" }).CaseValues
            .Should().Contain("Trigger.Conflict.AlreadyExists", "sip:dup@x");
    }

    [Test]
    public void The_report_is_named_after_the_target_or_the_discovery_root_or_stub()
    {
        With([], []).ReportName.Should().Be("stub");
        With([], new() { ["UCWA_DISCOVERY_URL"] = "https://lyncdiscover.contoso.com/root" }).ReportName.Should().Be("lyncdiscover.contoso.com");
        With([], new() { ["UCWA_TARGET_URL"] = "https://fe1.contoso.com/x", ["UCWA_DISCOVERY_URL"] = "https://lyncdiscover.contoso.com/root" })
            .ReportName.Should().Be("fe1.contoso.com");
        With(new() { ["ReportName"] = "fe1" }, new() { ["UCWA_TARGET_URL"] = "https://fe1.contoso.com/x" }).ReportName.Should().Be("fe1");
    }

    [Test]
    public void Username_and_password_come_together()
    {
        With([], new() { ["UCWA_USERNAME"] = "u@contoso.com", ["UCWA_PASSWORD"] = "p" }).Account.Should().Be(("u@contoso.com", "p"));
        With([], []).Account.Should().BeNull();

        var half = () => With([], new() { ["UCWA_USERNAME"] = "u@contoso.com" }).Account;

        half.Should().Throw<ConfigurationException>().Which.Message.Should().Contain("Password (UCWA_PASSWORD)");
    }

    [TestCase("UCWA_TARGET_URL", "not a url", "TargetUrl (UCWA_TARGET_URL)")]
    [TestCase("UCWA_DISCOVERY_URL", "ftp://x", "DiscoveryUrl (UCWA_DISCOVERY_URL)")]
    [TestCase("UCWA_SNAPSHOT", "approve", "Snapshot (UCWA_SNAPSHOT)")]
    [TestCase("UCWA_REPORT_NAME", "..", "ReportName (UCWA_REPORT_NAME)")]
    [TestCase("UCWA_REQUEST_TIMEOUT_SECONDS", "soon", "RequestTimeoutSeconds (UCWA_REQUEST_TIMEOUT_SECONDS)")]
    [TestCase("UCWA_STRICT", "yes", "Strict (UCWA_STRICT)")]
    public void A_bad_value_is_named_with_both_spellings(string variable, string value, string named)
    {
        var settings = With([], new() { [variable] = value });

        var read = () => (settings.TargetUrl, settings.DiscoveryUrl, settings.RequestTimeout, settings.Strict, settings.Snapshot, settings.ReportName);

        read.Should().Throw<ConfigurationException>().Which.Message.Should().Contain(named).And.Contain(value);
    }

    [Test]
    public void The_rerun_line_carries_the_settings_that_pointed_the_run_at_its_target_and_no_secret()
    {
        var settings = With(new() { ["EventsUrl"] = "https://fe1.contoso.com/ucwa/events?ack=1" },
            new() { ["UCWA_TARGET_URL"] = "https://fe1.contoso.com/ucwa/x?conversation=1", ["UCWA_ACCESS_TOKEN"] = "cwt=SECRET-4711", ["UCWA_SNAPSHOT"] = "off" });

        var prefix = settings.RerunPrefix();

        prefix.Should().Contain("UCWA_TARGET_URL='https://fe1.contoso.com/ucwa/x?conversation=1' ")
            .And.Contain("UCWA_EVENTS_URL='https://fe1.contoso.com/ucwa/events?ack=1' ")
            .And.Contain("(with UCWA_ACCESS_TOKEN set)")
            .And.NotContain("SECRET-4711").And.NotContain("UCWA_SNAPSHOT");
        With([], []).RerunPrefix().Should().BeEmpty("the embedded stub needs no setting");
    }

    [TestCase("UCWA_REQUEST_TIMEOUT_SECONDS", "2.5")]
    [TestCase("UCWA_MAX_CONCURRENCY", "2.5")]
    [TestCase("UCWA_EVENT_TIMEOUT_SECONDS", "0.5")]
    public void A_fraction_where_whole_seconds_or_requests_are_counted_is_refused(string variable, string value)
    {
        With([], new() { [variable] = value }).Problems().Should().ContainSingle().Which.Message.Should().Contain("is not a whole number");
    }

    [Test]
    public void Every_bad_setting_is_found_at_once()
    {
        var problems = With([], new() { ["UCWA_STRICT"] = "maybe", ["UCWA_SNAPSHOT"] = "approve", ["UCWA_MAX_CONCURRENCY"] = "0" }).Problems();

        problems.Select(p => p.Setting).Should().BeEquivalentTo([Setting.Strict, Setting.Snapshot, Setting.MaxConcurrency]);
    }
}
