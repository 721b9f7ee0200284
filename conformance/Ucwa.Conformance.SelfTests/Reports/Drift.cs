using System.Text.Json;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>A conformant change of a server (fixtures/drift/*.json): stub knobs, and the cases whose snapshot rows it must change.</summary>
public sealed record Drift(string Id, string Summary, JsonElement Stub, IReadOnlyList<string> Changes)
{
    public StubBehaviour Behaviour => StubBehaviour.FromJson(Stub.GetRawText());

    /// <summary>The case names (both formats) whose rows must change.</summary>
    public IEnumerable<string> ChangedCaseNames => Changes.SelectMany(id => new[] { $"{id}.json", $"{id}.xml" });

    public override string ToString() => Id;

    public static IReadOnlyList<Drift> All() => FixtureFolder.ReadAll<Drift>("drift");
}
