namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>
/// Where the fixture tree is: the repository's own fixtures/ when the build's repository is on this
/// machine, so an edited fixture is read even with <c>--no-build</c> (a copy in bin/ would be stale);
/// otherwise the copy shipped beside the program (an installed tool).
/// </summary>
public static class FixturePaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var own = Reporting.RepositoryPaths.Root is { } repository ? Path.Combine(repository, "fixtures") : null;
        return own is not null && File.Exists(Path.Combine(own, "requirements.json")) ? own : Path.Combine(AppContext.BaseDirectory, "fixtures");
    }

    /// <summary>The path relative to the fixture root, as failure messages show it.</summary>
    public static string Display(string root, string file) =>
        "fixtures/" + Path.GetRelativePath(root, file).Replace('\\', '/');
}
