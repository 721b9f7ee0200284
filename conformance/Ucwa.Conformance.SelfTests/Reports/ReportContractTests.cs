using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>conformance-report.json keeps its contract; conformance-report.md renders the requirement table.</summary>
[TestFixture]
public sealed class ReportContractTests
{
    private static readonly string[] CaseOutcomes = ["passed", "failed", "warning", "inconclusive", "skipped"];
    private static readonly string[] RequirementOutcomes = ["passed", "failed", "warning", "inconclusive", "not-run"];

    [Test]
    public async Task The_JSON_report_validates_against_the_contract()
    {
        var results = await StubRun.AllCasesAsync(new StubBehaviour { OperationIdLimit = 51, OmitErrorMessage = true });
        using var doc = JsonDocument.Parse(JsonReport.Write(StubRun.Report(results.Where(r => r.Case.Id != "auth-missing").ToList())));
        var root = doc.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("summary", "stopped", "requirements", "cases");
        root.GetProperty("summary").EnumerateObject().Select(p => (p.Name, p.Value.ValueKind))
            .Should().Equal(("passed", JsonValueKind.Number), ("failed", JsonValueKind.Number), ("warnings", JsonValueKind.Number),
                ("inconclusive", JsonValueKind.Number), ("skipped", JsonValueKind.Number));
        foreach (var r in root.GetProperty("requirements").EnumerateArray())
        {
            r.EnumerateObject().Select(p => p.Name).Should().Equal("id", "level", "outcome");
            r.GetProperty("id").GetString().Should().StartWith("AP-");
            r.GetProperty("level").GetString().Should().BeOneOf("MUST", "SHOULD");
            r.GetProperty("outcome").GetString().Should().BeOneOf(RequirementOutcomes);
        }

        foreach (var c in root.GetProperty("cases").EnumerateArray())
        {
            c.EnumerateObject().Select(p => p.Name).Should().Equal("id", "requirements", "format", "outcome", "message");
            c.GetProperty("requirements").EnumerateArray().Should().OnlyContain(id => id.GetString()!.StartsWith("AP-"));
            c.GetProperty("format").GetString().Should().BeOneOf("json", "xml");
            c.GetProperty("outcome").GetString().Should().BeOneOf(CaseOutcomes);
            c.GetProperty("message").ValueKind.Should().Be(JsonValueKind.String);
        }

        var outcomes = root.GetProperty("requirements").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("outcome").GetString());
        outcomes["AP-OPID-51"].Should().Be("failed");
        outcomes["AP-ERR-MESSAGE"].Should().Be("warning");
        outcomes["AP-AUTH-401"].Should().Be("not-run");
        outcomes["AP-ACCEPT-JSON"].Should().Be("passed");
        root.GetProperty("summary").GetProperty("skipped").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task The_Markdown_report_renders_the_requirement_table_and_a_repro_for_each_failure()
    {
        var results = await StubRun.AllCasesAsync(new StubBehaviour { OperationIdLimit = 51 }, "cwt=SECRET-IN-REPORT");

        var md = MarkdownReport.Write(StubRun.Report(results));

        md.Should().Contain("| ID | Level | JSON | XML |");
        StubRun.Requirements.All.Should().OnlyContain(r => md.Contains($"| {r.Id} | {r.Level} |", StringComparison.Ordinal));
        md.Should().Contain("### opid-length-51.json: failed")
            .And.Contain("dotnet test conformance/Ucwa.Conformance --filter \"Name=opid-length-51.json\"")
            .And.Contain("-H \"Authorization: Bearer $UCWA_ACCESS_TOKEN\"")
            .And.NotContain("SECRET-IN-REPORT");
    }
}
