using System.Globalization;
using System.Text.Json;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>One accepted deviation: a case (<c>id</c> or <c>id.format</c>) or a requirement that fails today, on purpose.</summary>
public sealed record LedgerEntry(string Id, string Reason, Uri Issue, DateOnly Expires)
{
    public override string ToString() => $"\"{Id}\" ({Reason}; {Issue}; expires {Expires:yyyy-MM-dd})";
}

/// <summary>
/// The known deviations of a target (reports/&lt;ReportName&gt;/deviations.json), so a server that fails a
/// requirement today can still be gated against regressions: a failure an entry covers is an expected
/// failure; an entry that no longer fails, or has expired, fails the run.
/// </summary>
public sealed class DeviationLedger
{
    public static readonly DeviationLedger Empty = new("", []);

    private DeviationLedger(string file, IReadOnlyList<LedgerEntry> entries)
    {
        File = file;
        Entries = entries;
    }

    public string File { get; }

    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>The entry that covers a failing verdict of a case, or null.</summary>
    public LedgerEntry? Covering(CaseResult result, Verdict verdict) =>
        Entries.FirstOrDefault(e => e.Id == verdict.Requirement.Id || e.Id == result.Case.Id || e.Id == result.Name);

    /// <summary>The entries that cover every MUST failure of the case, or null when one is not covered (or none failed).</summary>
    public IReadOnlyList<LedgerEntry>? CoveringAllFailures(CaseResult result)
    {
        var failed = result.Verdicts.Where(v => v.Outcome == Outcome.Failed).ToList();
        if (failed.Count == 0) return null;
        var covering = failed.Select(v => Covering(result, v)).ToList();
        return covering.Any(e => e is null) ? null : [.. covering.OfType<LedgerEntry>().Distinct()];
    }

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

            var concerned = results.Where(r => r.Name == e.Id || r.Case.Id == e.Id || r.Case.Requirements.Contains(e.Id)).ToList();
            if (concerned.Count == 0) continue; // filtered out of this run: nothing to say
            var stillFails = concerned.Any(r => r.Verdicts.Any(v => v.Outcome is Outcome.Failed or Outcome.Warning && Covering(r, v) == e));
            if (!stillFails)
                yield return $"{File}: entry {e} no longer fails: fixed, remove it";
        }
    }

    /// <summary>Reads a ledger; a missing file is an empty ledger, a malformed one an error naming the entry.</summary>
    public static DeviationLedger Load(string file, RequirementCatalogue requirements, IReadOnlyList<CaseDefinition> cases)
    {
        if (!System.IO.File.Exists(file)) return new DeviationLedger(file, []);
        var known = new HashSet<string>(requirements.All.Select(r => r.Id)
            .Concat(cases.Select(c => c.Id))
            .Concat(cases.SelectMany(c => c.FormatsToRun.Select(f => $"{c.Id}.{f.Name()}"))), StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("deviations", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new FixtureException(file, "needs an array \"deviations\"");
            var entries = list.EnumerateArray().Select((e, i) => Entry(file, i + 1, e, known)).ToList();
            return new DeviationLedger(file, entries);
        }
        catch (JsonException e)
        {
            throw new FixtureException(file, "is not valid JSON: " + e.Message, e);
        }
    }

    private static LedgerEntry Entry(string file, int number, JsonElement e, HashSet<string> known)
    {
        string Text(string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
                ? s
                : throw new FixtureException(file, $"entry {number}{Named()}: \"{name}\" must be a non-empty string");
        string Named() => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var id) ? $" (\"{id}\")" : "";

        var idText = Text("id");
        if (!known.Contains(idText))
            throw new FixtureException(file, $"entry {number} (\"{idText}\"): id is neither a requirement ID, a case ID nor a <case>.<format> test name");
        if (!Uri.TryCreate(Text("issue"), UriKind.Absolute, out var issue) || issue.Scheme is not ("http" or "https"))
            throw new FixtureException(file, $"entry {number} (\"{idText}\"): \"issue\" must be an http(s) link to the issue tracking the deviation");
        if (!DateOnly.TryParseExact(Text("expires"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
            throw new FixtureException(file, $"entry {number} (\"{idText}\"): \"expires\" must be a date written yyyy-MM-dd");
        return new LedgerEntry(idText, Text("reason"), issue, expires);
    }
}
