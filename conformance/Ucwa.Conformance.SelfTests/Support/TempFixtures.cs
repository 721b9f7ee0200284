namespace Ucwa.Conformance.SelfTests.Support;

/// <summary>A copy of the fixture tree in a temporary folder, to break one file on purpose.</summary>
internal sealed class TempFixtures : IDisposable
{
    public TempFixtures()
    {
        Root = Path.Combine(Path.GetTempPath(), "ucwa-fixtures-" + Guid.NewGuid().ToString("N"));
        var source = Engine.Fixtures.FixturePaths.Root;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Root, relativePath), text);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
