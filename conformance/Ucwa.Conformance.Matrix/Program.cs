using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Reporting;

// The matrix across servers, after one suite run per target (each with its own UCWA_REPORT_NAME):
//   dotnet run --project conformance/Ucwa.Conformance.Matrix -- [REPORTS_DIR]
if (args.Length > 1 || args is ["-h" or "--help"])
{
    Console.Error.WriteLine("usage: Ucwa.Conformance.Matrix [REPORTS_DIR]  (writes REPORTS_DIR/index.html and index.md from REPORTS_DIR/*/conformance-report.json)");
    return 2;
}

// The same reports folder the suite writes to (ReportsDirectory / UCWA_REPORTS_DIR, else the repository's reports/).
var reports = args.Length == 1 ? Path.GetFullPath(args[0]) : new RunSettings(_ => null, Environment.GetEnvironmentVariable).ReportsDirectory;
try
{
    var targets = MatrixReport.Read(reports);
    foreach (var written in MatrixReport.WriteFiles(reports)) Console.WriteLine($"wrote {written}");
    Console.WriteLine($"{targets.Count} target(s): {string.Join(", ", targets.Select(t => t.Name))}");
    return 0;
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine("matrix: " + e.Message);
    return 1;
}
