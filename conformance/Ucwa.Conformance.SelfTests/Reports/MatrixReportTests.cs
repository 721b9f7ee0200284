using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.SelfTests.Deviations;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>The matrix merges the JSON reports of several targets: requirement × target, linking to each target's report.</summary>
[TestFixture]
public sealed class MatrixReportTests
{
    private static async Task<string> JsonOf(StubBehaviour behaviour) =>
        JsonReport.Write(StubRun.Report(await StubRun.AllCasesAsync(behaviour)));

    [Test]
    public async Task Merges_every_target_report_into_index_html_and_index_md()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "conforming"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "pool-b"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "no-report-here"));
        folder.Write("conforming/conformance-report.json", await JsonOf(new StubBehaviour()));
        folder.Write("pool-b/conformance-report.json", await JsonOf(Deviation.All().Single(d => d.Id == "malformed-as-500").Behaviour));

        var written = MatrixReport.WriteFiles(folder.Path);

        written.Select(Path.GetFileName).Should().Equal("index.html", "index.md");
        var md = File.ReadAllText(Path.Combine(folder.Path, "index.md"));
        md.Should().Contain("| Requirement | Level | [conforming](conforming/conformance-report.md) | [pool-b](pool-b/conformance-report.md) |");
        foreach (var r in StubRun.Requirements.All) md.Should().Contain($"| {r.Id} | {r.Level} |");
        md.Should().MatchRegex(@"\| AP-MALFORMED \| MUST \| passed \| failed \|");
        md.Should().NotContain("no-report-here");
        var html = File.ReadAllText(Path.Combine(folder.Path, "index.html"));
        html.Should().Contain("href=\"pool-b/conformance-report.html?requirement=AP-MALFORMED\"").And.Contain("class=\"o failed\"");
    }

    [Test]
    public void Shows_the_outcome_per_format_where_the_report_gives_it()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "t"));
        folder.Write("t/conformance-report.json", """
            { "summary": { "passed": 1, "failed": 1 },
              "requirements": [ { "id": "AP-X", "level": "MUST", "outcome": "failed", "json": "passed", "xml": "failed" },
                                { "id": "AP-Y", "level": "SHOULD", "outcome": "passed", "json": "passed" } ],
              "cases": [] }
            """);

        MatrixReport.WriteFiles(folder.Path);

        var md = File.ReadAllText(Path.Combine(folder.Path, "index.md"));
        md.Should().Contain("| AP-X | MUST | passed / failed |").And.Contain("| AP-Y | SHOULD | passed / — |");
    }

    [Test]
    public void A_report_it_cannot_read_stops_it_with_the_file_named()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "broken"));
        var file = folder.Write("broken/conformance-report.json", "{ \"summary\": 3 }");

        var act = () => MatrixReport.WriteFiles(folder.Path);

        act.Should().Throw<InvalidDataException>().WithMessage($"{file}: not a conformance report*");
    }

    [Test]
    public void No_report_at_all_is_an_error_that_says_what_to_do()
    {
        using var folder = new TempFolder();

        var act = () => MatrixReport.WriteFiles(folder.Path);

        act.Should().Throw<InvalidDataException>().WithMessage("*no */conformance-report.json found: run the suite first*");
    }
}
