using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ucwa.Conformance.SelfTests.Run;

/// <summary>A case passes only when something was judged: servers that answer everything alike pass nothing they should not.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class NothingJudgedTests
{
    private static async Task<(IReadOnlyList<Disposition> Cases, Engine.Running.RunEnd End)> RunAgainst(WireMockServer server)
    {
        await using var run = new SettingsRun(new()
        {
            ["UCWA_TARGET_URL"] = server.Url + "/ucwa/oauth/v1/applications/1/communication/participantInvitations",
            ["UCWA_ACCESS_TOKEN"] = "cwt=x",
            ["UCWA_EVENTS_URL"] = server.Url + "/ucwa/oauth/v1/applications/1/events?ack=1",
            ["UCWA_EVENT_TIMEOUT_SECONDS"] = "1",
            ["UCWA_SNAPSHOT"] = "off",
        });
        return await run.AllAsync();
    }

    [Test]
    public async Task Against_a_wrong_path_answering_404_to_everything_no_case_passes()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(404));

        var (cases, end) = await RunAgainst(server);

        cases.Where(c => c.Outcome == Outcome.Passed).Select(c => c.Name).Should().BeEmpty();
        var events = cases.Single(c => c.Name == "events-invitation.json");
        events.Outcome.Should().Be(Outcome.Inconclusive);
        events.Findings.Should().Contain("nothing to judge").And.Contain("AP-EVENT-STARTED: answered 404");
        events.FailsGate.Should().BeTrue("it names MUSTs that could not be judged");
        cases.Single(c => c.Name == "two-invitations.xml").Outcome.Should().NotBe(Outcome.Passed);
        end.Fails.Should().BeTrue();
        end.Problems.Should().Contain(p => p.Contains("events-invitation.json leaves a MUST unjudged", StringComparison.Ordinal));
        end.Report.Cases.Single(c => c.Name == "events-invitation.json").Outcome.Should().Be("inconclusive");
        end.Report.Requirements.Single(r => r.Requirement.Id == "AP-EVENT-STARTED").Outcome.Should().Be("inconclusive");
    }

    [Test]
    public async Task Against_a_wrong_path_answering_404_with_an_error_body_in_the_negotiated_format_no_case_passes()
    {
        // A real server's 404 carries a reason body in the format asked for: AP-NEG-ACCEPT passes on it, and
        // a case that names it beside requirements that need a 201 must still not pass on that alone.
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod().WithHeader("Accept", "*xml*")).AtPriority(1).RespondWith(Response.Create().WithStatusCode(404)
            .WithHeader("Content-Type", "application/vnd.microsoft.com.ucwa+xml; charset=utf-8")
            .WithBody("""<?xml version="1.0" encoding="utf-8"?><reason xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><property name="code">NotFound</property><property name="message">The requested resource was not found.</property></reason>"""));
        server.Given(Request.Create().UsingAnyMethod()).AtPriority(2).RespondWith(Response.Create().WithStatusCode(404)
            .WithHeader("Content-Type", "application/vnd.microsoft.com.ucwa+json; charset=utf-8")
            .WithBody("""{"code":"NotFound","message":"The requested resource was not found."}"""));

        var (cases, end) = await RunAgainst(server);

        cases.Where(c => c.Outcome == Outcome.Passed).Select(c => c.Name).Should().BeEmpty();
        end.Report.Cases.Where(c => c.Outcome == "passed").Select(c => c.Name).Should().BeEmpty("the JSON report agrees");
        var junit = System.Xml.Linq.XDocument.Parse(Engine.Reporting.JunitReport.Write(end.Report));
        junit.Descendants("testcase").Where(t => !t.HasElements).Select(t => (string?)t.Attribute("name")).Should().BeEmpty("JUnit agrees");
        var events = cases.Single(c => c.Name == "events-invitation.json");
        events.Outcome.Should().Be(Outcome.Inconclusive);
        events.Findings.Should().Contain("nothing to judge").And.Contain("not 201").And.Contain("AP-EVENT-STARTED: answered 404");
        events.FailsGate.Should().BeTrue("it names MUSTs that could not be judged");
        end.Fails.Should().BeTrue();
    }

    [Test]
    public async Task Against_a_server_answering_401_to_everything_only_the_refusal_cases_pass()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(401)
            .WithHeader("WWW-Authenticate", "Bearer trusted_issuers=\"\", client_id=\"00000004-0000-0ff1-ce00-000000000000\"")
            .WithHeader("WWW-Authenticate", "MsRtcOAuth href=\"https://fe1.contoso.com/WebTicket/oauthtoken\",grant_type=\"urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\""));

        var (cases, _) = await RunAgainst(server);

        cases.Where(c => c.Outcome == Outcome.Passed).Select(c => c.Result.Case.Id).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal(["auth-invalid", "auth-missing"], "a refusal is all these two cases ask for; every other case was refused");
    }
}
