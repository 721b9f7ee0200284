using System.Reflection;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>Where reports go: reports/ at the repository root the suite was built from, or UCWA_REPORTS_DIR.</summary>
public static class RepositoryPaths
{
    public static string Root(Assembly built) =>
        built.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException($"{built.GetName().Name} was built without RepositoryRoot metadata (Directory.Build.props)");

    public static string Reports(Assembly built) =>
        Environment.GetEnvironmentVariable("UCWA_REPORTS_DIR") is { Length: > 0 } given ? given : Path.Combine(Root(built), "reports");
}
