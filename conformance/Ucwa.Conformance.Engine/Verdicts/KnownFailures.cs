using System.Globalization;
using System.Text.Json;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Verdicts;

/// <summary>
/// One accepted failure: the requirements it lists fail today on purpose, in every case or in one case
/// (<c>id</c> or <c>id.format</c>). It covers only those requirements: another failure in the same case fails as usual.
/// </summary>
public sealed record KnownFailure(IReadOnlyList<string> Requirements, string? Case, string Reason, Uri Issue, DateOnly Expires)
{
    public bool Covers(CaseResult result, Verdict verdict) => Requirements.Contains(verdict.Requirement.Id) && InCase(result);

    /// <summary>The results this entry speaks of: those of its case (or of every case) that name one of its requirements.</summary>
    public bool Concerns(CaseResult result) => InCase(result) && result.Case.Requirements.Any(Requirements.Contains);

    private bool InCase(CaseResult result) => Case is null || Case == result.Case.Id || Case == result.Name;

    public override string ToString() =>
        $"{string.Join(", ", Requirements)}{(Case is null ? "" : " in " + Case)} ({Reason}; {Issue}; expires {Expires:yyyy-MM-dd})";
}

/// <summary>
/// The known failures of a target (reports/&lt;ReportName&gt;/known-failures.json), so a server that fails a
/// requirement today can still be gated against regressions: a failure an entry covers is an expected
/// failure; an entry that no longer fails, or has expired, fails the run.
/// </summary>
public sealed class KnownFailures
{
    public const string FileName = "known-failures.json";

    /// <summary>The ledger's name before it had its own word; a file still called so is refused, not ignored.</summary>
    public const string FormerFileName = "deviations.json";

    public static readonly KnownFailures None = new("", []);

    private KnownFailures(string file, IReadOnlyList<KnownFailure> entries)
    {
        File = file;
        Entries = entries;
    }

    public string File { get; }

    public IReadOnlyList<KnownFailure> Entries { get; }

    /// <summary>The entry that covers a failing verdict of a case, or null.</summary>
    public KnownFailure? Covering(CaseResult result, Verdict verdict) => Entries.FirstOrDefault(e => e.Covers(result, verdict));

    /// <summary>What the ledger says is wrong with this run: expired entries, and entries whose failure is gone.</summary>
    public IEnumerable<string> Problems(IReadOnlyCollection<CaseResult> results, DateOnly today)
    {
        foreach (var e in Entries)
        {
            if (e.Expires < today)
            {
                yield return $"{File}: entry {e} expired: fix the server, or renew the entry with a reason";
                continue;
            }

            var concerned = results.Where(e.Concerns).ToList();
            if (concerned.Count == 0) continue; // filtered out of this run: nothing to say
            var stillFails = concerned.Any(r => r.Verdicts.Any(v => v.Outcome is Outcome.Failed or Outcome.Warning && Covering(r, v) == e));
            if (!stillFails)
                yield return $"{File}: entry {e} no longer fails: fixed, remove it";
        }
    }

    /// <summary>Reads the ledger of a report folder; a missing file is an empty ledger, a malformed one an error naming the entry.</summary>
    public static KnownFailures Load(string folder, RequirementCatalogue requirements, IReadOnlyList<CaseDefinition> cases)
    {
        var former = Path.Combine(folder, FormerFileName);
        if (System.IO.File.Exists(former))
            throw new FixtureException(former, $"is the known-failures ledger under its former name: rename it {FileName}, and give each entry the \"requirements\" it covers");
        var file = Path.Combine(folder, FileName);
        if (!System.IO.File.Exists(file)) return new KnownFailures(file, []);
        try
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("knownFailures", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new FixtureException(file, "needs an array \"knownFailures\"");
            var entries = list.EnumerateArray().Select((e, i) => new EntryReader(file, i + 1, e).Read(requirements, cases)).ToList();
            return new KnownFailures(file, entries);
        }
        catch (JsonException e)
        {
            throw new FixtureException(file, "is not valid JSON: " + e.Message, e);
        }
    }

    private sealed class EntryReader(string file, int number, JsonElement e)
    {
        private static readonly HashSet<string> Members = ["requirements", "case", "reason", "issue", "expires"];

        public KnownFailure Read(RequirementCatalogue requirements, IReadOnlyList<CaseDefinition> cases)
        {
            if (e.ValueKind != JsonValueKind.Object) throw Bad("must be an object");
            foreach (var member in e.EnumerateObject().Where(m => !Members.Contains(m.Name)))
                throw Bad($"has an unknown member \"{member.Name}\" (known: {string.Join(", ", Members)})");

            var ids = e.TryGetProperty("requirements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()! : "").ToList()
                : [];
            if (ids.Count == 0) throw Bad("\"requirements\" must list the requirement IDs the entry covers");
            foreach (var id in ids.Where(id => !requirements.All.Any(r => r.Id == id)))
                throw Bad($"\"{id}\" in \"requirements\" is not a requirement ID");

            string? caseId = null;
            if (e.TryGetProperty("case", out _))
            {
                caseId = Text("case");
                var named = cases.FirstOrDefault(c => c.Id == caseId || c.FormatsToRun.Any(f => c.NameIn(f) == caseId))
                            ?? throw Bad($"\"case\" \"{caseId}\" is neither a case ID nor a <case>.<format> test name");
                foreach (var id in ids.Where(id => !named.Requirements.Contains(id)))
                    throw Bad($"case {named.Id} does not name {id}");
            }

            if (!Uri.TryCreate(Text("issue"), UriKind.Absolute, out var issue) || issue.Scheme is not ("http" or "https"))
                throw Bad("\"issue\" must be an http(s) link to the issue tracking the failure");
            if (!DateOnly.TryParseExact(Text("expires"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
                throw Bad("\"expires\" must be a date written yyyy-MM-dd");
            return new KnownFailure(ids, caseId, Text("reason"), issue, expires);
        }

        private string Text(string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
                ? s
                : throw Bad($"\"{name}\" must be a non-empty string");

        private FixtureException Bad(string problem) => new(file, $"entry {number}: {problem}");
    }
}
