using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Cli;

/// <summary>
/// Which cases a run sends: <c>--filter KEY=VALUE</c>, repeated. Keys are <c>case</c> (the id, or
/// <c>id.format</c>), <c>format</c> (json, xml), <c>requirement</c> (AP-OPID-51) and <c>level</c> (MUST, SHOULD);
/// a term without a key is a case. <c>*</c> matches any text; case does not matter. Terms with the same key
/// are alternatives, different keys must all hold (<c>--filter level=MUST --filter format=xml</c>).
/// </summary>
internal sealed class CaseFilter
{
    public static readonly string[] Keys = ["case", "format", "requirement", "level"];

    private readonly ILookup<string, string> _terms;

    private CaseFilter(ILookup<string, string> terms) => _terms = terms;

    public bool IsEmpty => _terms.Count == 0;

    /// <summary>The filter, or why a term is not one (an unknown key, an empty value).</summary>
    public static (CaseFilter? Filter, string? Problem) Parse(IEnumerable<string> terms)
    {
        var pairs = new List<(string Key, string Value)>();
        foreach (var term in terms)
        {
            var at = term.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = at < 0 ? ("case", term) : (term[..at].Trim().ToLowerInvariant(), term[(at + 1)..].Trim());
            if (!Keys.Contains(key)) return (null, $"--filter {term}: the key must be one of {string.Join(", ", Keys)}");
            if (value.Length == 0) return (null, $"--filter {term}: no value to match");
            pairs.Add((key, value));
        }

        return (new CaseFilter(pairs.ToLookup(p => p.Key, p => p.Value)), null);
    }

    public bool Matches(CaseInFormat c) =>
        Holds("case", v => Like(c.Case.Id, v) || Like(c.Name, v))
        && Holds("format", v => Like(c.Format.Name(), v))
        && Holds("requirement", v => c.Requirements.Any(r => Like(r.Id, v)))
        && Holds("level", v => c.Levels.Any(l => Like(l.ToString(), v)));

    public override string ToString() => string.Join(" ", _terms.SelectMany(g => g.Select(v => $"{g.Key}={v}")));

    private bool Holds(string key, Func<string, bool> matches) => !_terms.Contains(key) || _terms[key].Any(matches);

    private static bool Like(string text, string pattern) =>
        System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, text, ignoreCase: true);
}
