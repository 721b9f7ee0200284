using System.Reflection;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>The repository this engine was built from (fixtures/, reports/), as its build recorded it.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository's root, or null when it is not on this machine (an installed tool).</summary>
    public static string? Root { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value is { } root
        && Directory.Exists(root)
            ? root
            : null;

    /// <summary>Where report folders go by default: the repository's reports/, else reports/ in the working folder.</summary>
    public static string DefaultReports => Path.Combine(Root ?? Directory.GetCurrentDirectory(), "reports");
}
