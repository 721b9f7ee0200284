using System.Text.Json.Serialization;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Requirements;

/// <summary>Every requirement the suite asserts, read from fixtures/requirements.json.</summary>
public sealed class RequirementCatalogue
{
    private readonly Dictionary<string, Requirement> _byId;

    private RequirementCatalogue(IReadOnlyList<Requirement> all)
    {
        All = all;
        _byId = all.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Requirement> All { get; }

    public Requirement this[string id] => _byId[id];

    public bool Contains(string id) => _byId.ContainsKey(id);

    public static RequirementCatalogue Load(string? fixturesRoot = null)
    {
        var root = fixturesRoot ?? FixturePaths.Root;
        var file = Path.Combine(root, "requirements.json");
        var all = FixtureJson.Read<CatalogueFile>(root, file).Requirements;
        var duplicate = all.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FixtureException(FixturePaths.Display(root, file), $"requirement {duplicate.Key} is listed twice");
        return new RequirementCatalogue(all);
    }

    private sealed record CatalogueFile(IReadOnlyList<Requirement> Requirements)
    {
        [JsonPropertyName("$comment")]
        public string? Comment { get; init; }
    }
}
