using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ucwa.Conformance.SelfTests.Faults;

/// <summary>Faults of the target are not verdicts about conformance: inconclusive with the reason, never passed.</summary>
[TestFixture]
public sealed class TargetFaultTests
{
    private static RunSession Session(Uri url, TimeSpan timeout) =>
        new(new TargetSettings(url, "cwt=x", new Dictionary<string, string> { ["Invitee"] = TargetSettings.DefaultInvitee }, timeout),
            StubRun.Requirements, StubRun.Errors);

    [Test]
    public async Task A_target_that_never_answers_leaves_each_case_inconclusive_and_fails_the_gate()
    {
        using var stalling = new StallingServer();
        using var session = Session(stalling.Url, TimeSpan.FromMilliseconds(500));
        var cases = StubRun.Cases.Where(c => c.Id is "documented-request" or "opid-length-51" or "auth-missing");
        var clock = Stopwatch.StartNew();

        var results = await session.RunAllAsync(cases);

        TestContext.Out.WriteLine($"{results.Count} case runs ended after {clock.Elapsed.TotalSeconds:0.0} s");
        results.Should().OnlyContain(r => r.Outcome == Outcome.Inconclusive);
        results.SelectMany(r => r.Verdicts).Should().OnlyContain(v => v.TargetFault && v.Note!.Contains("no complete answer within 0.5 s"));
        results.Should().OnlyContain(r => StubRun.Decide(r).FailsGate, "a MUST the target left unjudged fails the run");
        StubRun.Describe(results.Single(r => r.Name == "opid-length-51.xml")).Should().Contain("POST " + stalling.Url);
    }

    [Test]
    public async Task A_closed_port_stops_the_run_with_one_message_naming_the_URL()
    {
        var closed = new Uri("http://127.0.0.1:1/ucwa/oauth/v1/applications/1/communication/participantInvitations");

        var preflight = () => Preflight.EnsureReachableAsync(closed, Engine.Configuration.Setting.TargetUrl);

        (await preflight.Should().ThrowAsync<TargetUnreachableException>())
            .Which.Message.Should().Contain(closed.ToString()).And.Contain("No case was run");
    }

    [Test]
    public async Task A_stalled_target_passes_the_preflight()
    {
        using var stalling = new StallingServer();

        await Preflight.EnsureReachableAsync(stalling.Url, Engine.Configuration.Setting.TargetUrl);
    }

    [Test]
    public async Task A_throttled_request_is_retried_once_then_inconclusive()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0"));
        var url = new Uri(server.Url + "/ucwa/oauth/v1/applications/1/communication/participantInvitations");
        using var session = Session(url, TimeSpan.FromSeconds(5));

        var result = await session.RunAsync(StubRun.Cases.Single(c => c.Id == "opid-length-50"), Engine.Fixtures.WireFormat.Json);

        server.LogEntries.Should().HaveCount(2, "one request and one retry");
        result.Outcome.Should().Be(Outcome.Inconclusive);
        result.Verdicts.Should().OnlyContain(v => v.Note!.Contains("throttled"));
    }

    [Test]
    public async Task A_case_without_its_trigger_is_inconclusive_without_failing_the_gate()
    {
        using var stub = Stub.StubServer.Start(Engine.Fixtures.FixturePaths.Root);
        using var session = new RunSession(
            new TargetSettings(stub.AddParticipantUrl, stub.AccessToken, new Dictionary<string, string>(), TimeSpan.FromSeconds(5)),
            StubRun.Requirements, StubRun.Errors);

        var result = await session.RunAsync(StubRun.Cases.Single(c => c.Id == "listed-conflict-alreadyexists"), Engine.Fixtures.WireFormat.Xml);

        result.Outcome.Should().Be(Outcome.Inconclusive);
        StubRun.Decide(result).FailsGate.Should().BeFalse("a case left unjudged for want of configuration does not fail the run");
        StubRun.Describe(result).Should().Contain("Trigger.Conflict.AlreadyExists");
    }
}
