using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>
/// One case in one wire format, the unit every front door runs, lists and filters (an NUnit test, a line of
/// the command's <c>--list</c>), with the requirements that apply to it in that format.
/// </summary>
public sealed record CaseInFormat(CaseDefinition Case, WireFormat Format, IReadOnlyList<Requirement> Requirements)
{
    public string Name => Case.NameIn(Format);

    public IEnumerable<Level> Levels => Requirements.Select(r => r.Level).Distinct();

    /// <summary>Every case in every format it runs in, in catalogue order.</summary>
    public static IEnumerable<CaseInFormat> All(RequirementCatalogue requirements, IEnumerable<CaseDefinition> cases) =>
        from c in cases
        from format in c.FormatsToRun
        select new CaseInFormat(c, format, [.. c.Requirements.Select(id => requirements[id]).Where(r => r.Formats.Contains(format))]);
}
