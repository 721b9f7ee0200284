namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>Where the fixture tree is: copied beside every build output, or given by UCWA_FIXTURES_DIR.</summary>
public static class FixturePaths
{
    public const string DirectoryVariable = "UCWA_FIXTURES_DIR";

    public static string Root
    {
        get
        {
            var given = Environment.GetEnvironmentVariable(DirectoryVariable);
            return string.IsNullOrWhiteSpace(given) ? Path.Combine(AppContext.BaseDirectory, "fixtures") : given;
        }
    }

    /// <summary>The path relative to the fixture root, as failure messages show it.</summary>
    public static string Display(string root, string file) =>
        "fixtures/" + Path.GetRelativePath(root, file).Replace('\\', '/');
}
