using System.Xml.Linq;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>
/// conformance-report.junit.xml: one testcase per case and format, for CI systems that read JUnit. A failed
/// case is a failure; a warning or an inconclusive case is skipped with its reason (<c>&lt;skipped message="…"/&gt;</c>),
/// never counted as passed; a case not run is skipped too. Run-level problems go in the suite's system-err.
/// Written by the engine, not by a test logger, because the loggers drop the reason of a skipped test.
/// </summary>
public static class JunitReport
{
    public static string Write(RunReport report)
    {
        var cases = report.Cases.Select(Case).ToList();
        var suite = new XElement("testsuite",
            new XAttribute("name", $"addParticipant conformance: {report.Name}"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", report.Count(ReportOutcome.Failed)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", cases.Count - report.Count(ReportOutcome.Failed) - report.Count(ReportOutcome.Passed)),
            cases);
        if (report.Problems.Count > 0) suite.Add(new XElement("system-err", string.Join(Environment.NewLine, report.Problems)));
        return new XElement("testsuites", suite).ToString();
    }

    private static XElement Case(CaseReport c)
    {
        var element = new XElement("testcase", new XAttribute("classname", "addParticipant." + c.Case.Id), new XAttribute("name", c.Name));
        var requirements = string.Join(" ", c.Case.Requirements);
        switch (c.Outcome)
        {
            case ReportOutcome.Failed:
                element.Add(new XElement("failure", new XAttribute("message", FirstLine(c.Message)), new XAttribute("type", requirements), c.Message));
                break;
            case ReportOutcome.Passed:
                break;
            default:
                element.Add(new XElement("skipped", new XAttribute("message", $"[{c.Outcome}] {c.Message}")));
                break;
        }

        return element;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');
}
