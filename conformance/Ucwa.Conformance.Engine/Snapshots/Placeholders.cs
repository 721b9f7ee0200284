namespace Ucwa.Conformance.Engine.Snapshots;

/// <summary>
/// Numbered placeholders for the volatile values of one case, by first sight (Verify's Counter_Guid
/// convention): the same value gets the same placeholder, a different one the next number. One instance per
/// case, so a change in one case cannot renumber another's.
/// </summary>
public sealed class Placeholders
{
    private readonly Dictionary<(string Kind, string Value), string> _seen = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>"{kind-N}" for <paramref name="value"/>: N counts the distinct values of that kind seen so far.</summary>
    public string For(string kind, string value)
    {
        if (_seen.TryGetValue((kind, value), out var placeholder)) return placeholder;
        var n = _counts[kind] = _counts.GetValueOrDefault(kind) + 1;
        return _seen[(kind, value)] = $"{{{kind}-{n}}}";
    }
}
