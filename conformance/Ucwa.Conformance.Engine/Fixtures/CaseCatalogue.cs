using System.Text.RegularExpressions;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>Every case in fixtures/cases/, read and checked for mistakes before anything is sent.</summary>
public static partial class CaseCatalogue
{
    private static readonly HashSet<string> Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    public static IReadOnlyList<CaseDefinition> Load(RequirementCatalogue requirements, string? fixturesRoot = null)
    {
        var root = fixturesRoot ?? FixturePaths.Root;
        var folder = Path.Combine(root, "cases");
        if (!Directory.Exists(folder))
            throw new FixtureException(FixturePaths.Display(root, folder), "the case folder does not exist");

        var cases = Directory.EnumerateFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => Validate(FixtureJson.Read<CaseDefinition>(root, file), FixturePaths.Display(root, file), requirements))
            .ToList();
        if (cases.Count == 0)
            throw new FixtureException(FixturePaths.Display(root, folder), "holds no case (*.json)");
        return cases;
    }

    private static CaseDefinition Validate(CaseDefinition c, string shown, RequirementCatalogue requirements)
    {
        void Require(bool ok, string problem)
        {
            if (!ok) throw new FixtureException(shown, problem);
        }

        Require(SafeId().IsMatch(c.Id), $"id \"{c.Id}\" may only use A-Z a-z 0-9 . _ - (it becomes the test name and filter)");
        Require(Path.GetFileNameWithoutExtension(shown) == c.Id, $"id \"{c.Id}\" must match the file name");
        Require(c.Requirements.Count > 0, "names no requirement");
        foreach (var id in c.Requirements)
            Require(requirements.Contains(id), $"names unknown requirement \"{id}\" (see fixtures/requirements.json)");
        Require(c.Requirements.Distinct().Count() == c.Requirements.Count, "names a requirement twice");
        Require(c.FormatsToRun.Count > 0 && c.FormatsToRun.Distinct().Count() == c.FormatsToRun.Count, "formats must be distinct and not empty");
        Require(Methods.Contains(c.Request.Method), $"method \"{c.Request.Method}\" is not an HTTP method in upper case");
        Require(c.Request.Times is >= 1 and <= 10, "times must be from 1 to 10");
        Require(c.Request.Fields is null || c.Request.Body is null, "give either fields or body, not both");
        Require(c.Request.Probes is null || (c.Request.Times == 1 && c.Request.Body is null && c.Request.Probes.Count is >= 1 and <= 10),
            "probes (1 to 10) replace times and go with fields, not body");
        Require(c.Conversation != ConversationKind.TwoParty || (c.Request.Sends == 1 && c.AwaitsCompletion),
            "a two-party case sends once and awaits the completion (its conversation is escalated: it cannot be reused)");
        Require(c.Expect.Status is >= 100 and <= 599, $"expect.status {c.Expect.Status} is not an HTTP status");
        foreach (var format in c.FormatsToRun)
        {
            if (c.Request.Body is { } body)
                Require(body.For(format) is not null, $"body has no text for format {format.Name()}");
        }

        return c;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SafeId();
}
