using System.Text.Json;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Deviations;

/// <summary>A broken server: a stub knob set wrong (fixtures/deviations/*.json) and the requirements that must catch it.</summary>
public sealed record Deviation(string Id, string Summary, JsonElement Stub, IReadOnlyList<string> Fails)
{
    public StubBehaviour Behaviour => StubBehaviour.FromJson(Stub.GetRawText());

    public override string ToString() => Id;

    public static IReadOnlyList<Deviation> All() => FixtureFolder.ReadAll<Deviation>("deviations");
}
