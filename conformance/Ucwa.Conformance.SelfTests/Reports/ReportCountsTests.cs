using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using static Ucwa.Conformance.SelfTests.Support.MadeResults;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>
/// How JUnit and the JSON report count and map each case, from a hand-made run with one case of each outcome:
/// a failure is a failure, a warning and an inconclusive case are skipped with their reason, never passed.
/// </summary>
[TestFixture]
public sealed class ReportCountsTests
{
    /// <summary>auth-missing.xml failed, opid-length-51.json warned, two-invitations.json judged nothing, auth-missing.json not run, the rest passed.</summary>
    private static readonly RunReport Mixed = StubRun.Report([.. AllPassed()
        .Where(r => r.Name != "auth-missing.json")
        .Select(r => r.Name switch
        {
            "auth-missing.xml" => Result("auth-missing", WireFormat.Xml, Verdict("AP-AUTH-401", Outcome.Failed)),
            "opid-length-51.json" => Result("opid-length-51", ("AP-OPID-51", Outcome.Passed), ("AP-OPID-51-SUBCODE", Outcome.Warning)),
            "two-invitations.json" => Result("two-invitations", ("AP-201-DISTINCT", Outcome.NotApplicable)),
            _ => r,
        })]);

    private static XElement Testcase(XDocument junit, string name) => junit.Descendants("testcase").Single(t => (string?)t.Attribute("name") == name);

    [Test]
    public void JUnit_counts_failures_and_skips_warnings_inconclusive_and_cases_not_run()
    {
        var junit = XDocument.Parse(JunitReport.Write(Mixed));
        var suite = junit.Root!.Should().Match<XElement>(r => r.Name == "testsuites").And.Subject.Element("testsuite")!;

        ((string?)suite.Attribute("name")).Should().Be("addParticipant conformance: self-test");
        ((int)suite.Attribute("tests")!).Should().Be(Mixed.Cases.Count);
        ((int)suite.Attribute("failures")!).Should().Be(1);
        ((int)suite.Attribute("errors")!).Should().Be(0);
        ((int)suite.Attribute("skipped")!).Should().Be(3);
        suite.Elements("testcase").Should().HaveCount(Mixed.Cases.Count);
    }

    [Test]
    public void JUnit_shows_a_failure_with_its_first_line_and_requirements_and_a_skip_with_its_outcome_and_reason()
    {
        var junit = XDocument.Parse(JunitReport.Write(Mixed));

        var failed = Testcase(junit, "auth-missing.xml");
        ((string?)failed.Attribute("classname")).Should().Be("addParticipant.auth-missing");
        var failure = failed.Element("failure")!;
        ((string?)failure.Attribute("message")).Should().StartWith("[Failed] AP-AUTH-401").And.NotContain("\n");
        ((string?)failure.Attribute("type")).Should().Be("AP-AUTH-401");
        failure.Value.Should().Be(Row("auth-missing.xml").Message.ReplaceLineEndings("\n"));

        ((string?)Testcase(junit, "opid-length-51.json").Element("skipped")!.Attribute("message")).Should().StartWith("[warning] [Warning] AP-OPID-51-SUBCODE");
        ((string?)Testcase(junit, "two-invitations.json").Element("skipped")!.Attribute("message")).Should().StartWith("[inconclusive] [Inconclusive] nothing to judge");
        ((string?)Testcase(junit, "auth-missing.json").Element("skipped")!.Attribute("message")).Should().Be("[skipped] not run (filtered out)");
        Testcase(junit, "opid-length-50.json").Elements().Should().BeEmpty("a passed case carries nothing");
    }

    [Test]
    public void A_JUnit_failure_names_every_requirement_of_its_case()
    {
        var c = StubRun.Cases.Single(x => x.Id == "malformed-body");
        var report = StubRun.Report(AllPassedBut(Result(c.Id, ("AP-MALFORMED", Outcome.Failed))));

        var failure = Testcase(XDocument.Parse(JunitReport.Write(report)), "malformed-body.json").Element("failure")!;

        ((string?)failure.Attribute("type")).Should().Be(string.Join(" ", c.Requirements)).And.StartWith("AP-MALFORMED AP-ERR-BODY ");
    }

    [Test]
    public void JUnit_puts_the_run_problems_in_system_err_and_nothing_there_when_there_are_none()
    {
        var stopped = RunReport.StoppedAt("t", "x", StubRun.Requirements, StubRun.Cases, new RunStop(RunStop.SignIn, "401"));

        XDocument.Parse(JunitReport.Write(stopped)).Descendants("system-err").Single().Value.Should().Be("The run stopped at sign-in: 401");
        XDocument.Parse(JunitReport.Write(StubRun.Report(AllPassed()))).Descendants("system-err").Should().BeEmpty();
    }

    private static CaseReport Row(string name) => Mixed.Cases.Single(c => c.Name == name);

    [Test]
    public void The_JSON_report_counts_each_outcome_and_lists_requirements_and_cases()
    {
        var text = JsonReport.Write(Mixed);
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;

        text.Should().Contain("\n  \"summary\": {", "it is written indented, for people who read it too");
        root.GetProperty("summary").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())).Should().Equal(
            ("passed", Mixed.Cases.Count - 4), ("failed", 1), ("warnings", 1), ("inconclusive", 1), ("skipped", 1));
        root.GetProperty("stopped").ValueKind.Should().Be(JsonValueKind.Null);
        var auth = root.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "AP-AUTH-401");
        auth.EnumerateObject().Select(p => (p.Name, p.Value.GetString())).Should().Equal(("id", "AP-AUTH-401"), ("level", "MUST"), ("outcome", "failed"));
        var row = root.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "auth-missing" && c.GetProperty("format").GetString() == "xml");
        row.EnumerateObject().Select(p => p.Name).Should().Equal("id", "requirements", "format", "outcome", "message");
        row.GetProperty("requirements").EnumerateArray().Select(i => i.GetString()).Should().Equal("AP-AUTH-401");
        row.GetProperty("outcome").GetString().Should().Be("failed");
        row.GetProperty("message").GetString().Should().Be(Row("auth-missing.xml").Message);
    }

    [Test]
    public void The_JSON_report_of_a_stopped_run_says_where_and_why()
    {
        var stopped = RunReport.StoppedAt("t", "x", StubRun.Requirements, StubRun.Cases, new RunStop(RunStop.SignIn, "401"));

        using var doc = JsonDocument.Parse(JsonReport.Write(stopped));

        doc.RootElement.GetProperty("stopped").EnumerateObject().Select(p => (p.Name, p.Value.GetString()))
            .Should().Equal(("step", "sign-in"), ("reason", "401"));
        doc.RootElement.GetProperty("summary").GetProperty("skipped").GetInt32().Should().Be(stopped.Cases.Count);
    }
}
