namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>A fixture file that cannot be used, named with what is wrong in it.</summary>
public sealed class FixtureException(string file, string problem, Exception? inner = null)
    : Exception($"{file}: {problem}", inner)
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
}
