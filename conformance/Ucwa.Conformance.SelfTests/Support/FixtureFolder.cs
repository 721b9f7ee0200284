using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.SelfTests.Support;

/// <summary>Every fixture file of one folder (deviations/, drift/, variants/), read strictly, in file-name order.</summary>
internal static class FixtureFolder
{
    public static IReadOnlyList<T> ReadAll<T>(string folder)
    {
        var root = FixturePaths.Root;
        return [.. Directory.EnumerateFiles(Path.Combine(root, folder), "*.json").Order(StringComparer.Ordinal)
            .Select(file => FixtureJson.Read<T>(root, file))];
    }
}
