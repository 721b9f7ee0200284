using Ucwa.Conformance.Engine.Snapshots;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>The files of a report folder (reports/&lt;ReportName&gt;/): the reports every run writes, and its snapshot.</summary>
public static class ReportFiles
{
    public const string Markdown = "conformance-report.md";
    public const string Json = "conformance-report.json";
    public const string Junit = "conformance-report.junit.xml";
    public const string Html = "conformance-report.html";

    private static readonly (string File, Func<RunReport, string> Write)[] Writers =
    [
        (Markdown, MarkdownReport.Write),
        (Json, JsonReport.Write),
        (Junit, JunitReport.Write),
        (Html, HtmlReport.Write),
    ];

    /// <summary>Removes an earlier run's reports, so a run that ends early never leaves them looking like its own.</summary>
    public static void ClearStale(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var (file, _) in Writers) File.Delete(Path.Combine(folder, file));
    }

    public static void Write(string folder, RunReport report)
    {
        Directory.CreateDirectory(folder);
        foreach (var (file, write) in Writers) File.WriteAllText(Path.Combine(folder, file), write(report));
    }

    public static SnapshotResult VerifySnapshot(string folder, RunReport report, string mode) =>
        SnapshotFile.Check(folder, "conformance-report", "md", SnapshotView.Write(report), mode);
}
