using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.SelfTests.Deviations;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>
/// The HTML report in a real browser (Debian's Chromium, headless): it loads without script errors, shows
/// every requirement, folds and unfolds cases and exchanges, and filters by outcome and by requirement. The
/// report is of a real run against a stub that breaks a rule, so every outcome colour has something to show.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class HtmlReportTests
{
    // A MUST and its error body broken: failed cases beside passed ones.
    private const string DeviationId = "malformed-as-500";

    private static readonly Lazy<Task<RunReport>> Report = new(async () =>
        StubRun.Report(await StubRun.AllCasesAsync(Deviation.All().Single(d => d.Id == DeviationId).Behaviour)));

    private TempFolder _folder = null!;
    private string _page = null!;

    [OneTimeSetUp]
    public async Task Write_the_page()
    {
        _folder = new TempFolder();
        _page = _folder.Write("conformance-report.html", HtmlReport.Write(await Report.Value));
    }

    [OneTimeTearDown]
    public void Remove_the_page() => _folder.Dispose();

    private static void RequireBrowser()
    {
        if (HeadlessChromium.Find() is null)
            Assert.Ignore("chromium is not installed (apt-get install -y chromium; .ci/run installs it): the browser test cannot run");
    }

    [Test]
    public void Is_one_self_contained_file()
    {
        var html = File.ReadAllText(_page);

        Regex.Matches(html, @"\b(src|href)\s*=\s*""(?!#)[^""]*""").Select(m => m.Value).Should().BeEmpty("nothing may be fetched: no external scripts, styles, fonts or images");
        html.Should().NotContain("@import").And.NotContain("url(");
    }

    [Test]
    public async Task Loads_without_script_errors_and_shows_every_requirement()
    {
        RequireBrowser();

        var dom = HeadlessChromium.DumpDom(_page);

        Html().Match(dom).Success.Should().BeTrue();
        var root = Html().Match(dom).Value;
        root.Should().Contain("data-ready=\"true\"", "the page's script ran to its end").And.NotContain("data-script-errors");
        var shown = RequirementRow().Matches(dom).Where(m => !m.Value.Contains(" hidden", StringComparison.Ordinal)).Select(m => m.Groups[1].Value);
        shown.Should().BeEquivalentTo((await Report.Value).Requirements.Select(r => r.Requirement.Id), "every requirement is in the table, none hidden");
        dom.Should().Contain($"{(await Report.Value).Cases.Count} of {(await Report.Value).Cases.Count} cases shown");
    }

    [Test]
    public async Task Folds_and_filters_when_clicked()
    {
        RequireBrowser();
        var report = await Report.Value;
        var driven = _folder.Write("driven.html", File.ReadAllText(_page).Replace("</body>", Driver + "</body>", StringComparison.Ordinal));

        var dom = HeadlessChromium.DumpDom(driven);

        var result = JsonDocument.Parse(WebUtility.HtmlDecode(DriverResult().Match(dom).Groups[1].Value)).RootElement;
        Html().Match(dom).Value.Should().NotContain("data-script-errors");
        result.GetProperty("caseOpenBefore").GetBoolean().Should().BeFalse("cases start folded");
        result.GetProperty("caseOpenAfter").GetBoolean().Should().BeTrue("a click on its summary unfolds a case");
        result.GetProperty("exchangeOpen").GetBoolean().Should().BeTrue("a click unfolds its exchange");
        result.GetProperty("caseOpenAgain").GetBoolean().Should().BeFalse("a second click folds it again");
        Strings(result, "failedShown").Should().BeEquivalentTo(report.Cases.Where(c => c.Outcome == ReportOutcome.Failed).Select(c => "case-" + c.Name))
            .And.NotBeEmpty();
        Strings(result, "requirementShown").Should().BeEquivalentTo(report.Cases.Where(c => c.Case.Requirements.Contains("AP-MALFORMED")).Select(c => "case-" + c.Name));
        Strings(result, "requirementRows").Should().Equal("AP-MALFORMED");
    }

    [Test]
    public async Task Opens_filtered_from_its_address()
    {
        RequireBrowser();
        var report = await Report.Value;

        var dom = HeadlessChromium.DumpDom(_page, "?outcome=failed");

        var visible = CaseElement().Matches(dom).Where(m => !m.Groups[2].Value.Contains(" hidden", StringComparison.Ordinal)).Select(m => m.Groups[1].Value);
        visible.Should().BeEquivalentTo(report.Cases.Where(c => c.Outcome == ReportOutcome.Failed).Select(c => "case-" + c.Name));
    }

    private static IEnumerable<string> Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!);

    // Injected by the test only: clicks as a reader would, and writes what it saw into the page for --dump-dom.
    private const string Driver = """
        <script>
        (function(){
          var r={}, first=document.querySelector('details.case'), summary=first.querySelector(':scope>summary');
          r.caseOpenBefore=first.open; summary.click(); r.caseOpenAfter=first.open;
          var exchange=first.querySelector('details.exchange'); exchange.querySelector('summary').click(); r.exchangeOpen=exchange.open;
          summary.click(); r.caseOpenAgain=first.open;
          function visible(){return Array.prototype.map.call(document.querySelectorAll('details.case:not([hidden])'),function(d){return d.id;});}
          var outcome=document.getElementById('filter-outcome'), requirement=document.getElementById('filter-requirement');
          outcome.value='failed'; outcome.dispatchEvent(new Event('change')); r.failedShown=visible();
          outcome.value=''; outcome.dispatchEvent(new Event('change'));
          requirement.value='AP-MALFORMED'; requirement.dispatchEvent(new Event('change')); r.requirementShown=visible();
          r.requirementRows=Array.prototype.map.call(document.querySelectorAll('tr.requirement:not([hidden])'),function(t){return t.dataset.requirement;});
          var pre=document.createElement('pre'); pre.id='driver-result'; pre.textContent=JSON.stringify(r); document.body.appendChild(pre);
        })();
        </script>
        """;

    [GeneratedRegex("<html[^>]*>")]
    private static partial Regex Html();

    [GeneratedRegex("<tr class=\"requirement\" data-requirement=\"([^\"]+)\"[^>]*>")]
    private static partial Regex RequirementRow();

    [GeneratedRegex("<details class=\"case\" id=\"([^\"]+)\"([^>]*)>")]
    private static partial Regex CaseElement();

    [GeneratedRegex("<pre id=\"driver-result\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex DriverResult();
}
