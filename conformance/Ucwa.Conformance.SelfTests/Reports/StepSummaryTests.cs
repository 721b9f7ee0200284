using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.SelfTests.Deviations;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>The CI summary: plain Markdown with the requirement table and the failures, appended only when GITHUB_STEP_SUMMARY names a file.</summary>
[TestFixture]
public sealed class StepSummaryTests
{
    [Test]
    public async Task Appends_the_requirement_table_and_the_failures_to_the_file_the_variable_names()
    {
        var report = StubRun.Report(await StubRun.AllCasesAsync(Deviation.All().Single(d => d.Id == "malformed-as-500").Behaviour));
        using var folder = new TempFolder();
        var file = folder.Write("summary.md", "earlier step\n");

        StepSummary.AppendIfRequested(report, name => name == StepSummary.Variable ? file : null).Should().BeTrue();

        var text = File.ReadAllText(file);
        text.Should().StartWith("earlier step\n", "a job's summary is appended to, never overwritten");
        text.Should().Contain("| Requirement | Level | Outcome | JSON | XML |").And.Contain("| AP-MALFORMED | MUST | ❌ failed |");
        foreach (var r in report.Requirements) text.Should().Contain($"| {r.Requirement.Id} |");
        text.Should().Contain("**malformed-body.json**: failed").And.Contain("AP-MALFORMED");
        text.Should().NotContainAny("<details", "<table", "<span");
    }

    [Test]
    public void Without_the_variable_writes_nothing()
    {
        var report = StubRun.Report([]);

        StepSummary.AppendIfRequested(report, _ => null).Should().BeFalse();
        StepSummary.AppendIfRequested(report, _ => "").Should().BeFalse();
    }
}
