using Ucwa.Conformance.Engine.Reporting;

// The matrix across servers, after one suite run per target (each with its own UCWA_REPORT_NAME):
//   dotnet run --project conformance/Ucwa.Conformance.Matrix -- [REPORTS_DIR]
// REPORTS_DIR defaults to the reports/ folder of the repository it was built from (or UCWA_REPORTS_DIR).
if (args.Length > 1 || args is ["-h" or "--help"])
{
    Console.Error.WriteLine("usage: Ucwa.Conformance.Matrix [REPORTS_DIR]  (writes REPORTS_DIR/index.html and index.md from REPORTS_DIR/*/conformance-report.json)");
    return 2;
}

var reports = args.Length == 1 ? Path.GetFullPath(args[0]) : RepositoryPaths.Reports(typeof(MatrixReport).Assembly);
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
