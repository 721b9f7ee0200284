using System.Text.Json;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Variants;

/// <summary>A conformant server built differently: stub knobs (fixtures/variants/*.json) that change how it answers, not whether it conforms.</summary>
public sealed record Variant(string Id, string Summary, JsonElement Stub)
{
    public StubBehaviour Behaviour => StubBehaviour.FromJson(Stub.GetRawText());

    public override string ToString() => Id;

    public static IReadOnlyList<Variant> All() => FixtureFolder.ReadAll<Variant>("variants");
}
