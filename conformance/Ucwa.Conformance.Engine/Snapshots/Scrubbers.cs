using System.Text.RegularExpressions;

namespace Ucwa.Conformance.Engine.Snapshots;

/// <summary>One layer of scrubbing: rewrites volatile values in a case's text, numbering them through the case's placeholders.</summary>
public delegate string Scrubber(string text, Placeholders placeholders);

/// <summary>
/// Scrubbers in layers (as Verify applies them): the built-in ones first, in a fixed order (secrets, then
/// origins, then GUIDs, dates, id segments and hex ids), then any a target adds for its own volatile values.
/// Everything that varies between two runs of an unchanged server becomes a placeholder; everything else
/// stays as seen.
/// </summary>
public sealed partial class Scrubbers
{
    private readonly List<Scrubber> _layers;

    private Scrubbers(IEnumerable<Scrubber> layers) => _layers = [.. layers];

    /// <summary>The built-in layers; <paramref name="targetOrigin"/> becomes {target}, other origins {host-N}.</summary>
    public static Scrubbers Default(Uri? targetOrigin = null) => new(
    [
        (t, _) => Token().Replace(t, "{token}"),
        (t, _) => targetOrigin is null ? t : t.Replace(targetOrigin.GetLeftPart(UriPartial.Authority), "{target}", StringComparison.OrdinalIgnoreCase),
        (t, p) => Origin().Replace(t, m => p.For("host", m.Value.ToLowerInvariant())),
        (t, p) => Guid().Replace(t, m => p.For("guid", m.Value.ToLowerInvariant())),
        (t, _) => Date().Replace(t, "{date}"),
        (t, p) => IdSegment().Replace(t, m => p.For("id", m.Value)),
        (t, p) => Hex().Replace(t, m => p.For("hex", m.Value.ToLowerInvariant())),
    ]);

    /// <summary>These layers, then <paramref name="layer"/> (a target's own volatile values).</summary>
    public Scrubbers Then(Scrubber layer) => new([.. _layers, layer]);

    /// <summary>The text with every layer applied, in order.</summary>
    public string Apply(string text, Placeholders placeholders) =>
        _layers.Aggregate(text, (current, layer) => layer(current, placeholders));

    /// <summary>Text scrubbed on its own (one set of placeholders for the whole text).</summary>
    public string Apply(string text) => Apply(text, new Placeholders());

    [GeneratedRegex(@"cwt=[A-Za-z0-9+/=._-]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"https?://[A-Za-z0-9.-]+(:\d+)?")]
    private static partial Regex Origin();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?\b|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT")]
    private static partial Regex Date();

    // A path segment or query value that holds a digit (application 123456, invitation 4f1c0a…, conversation=9b2e…)
    // or is all hex and long enough to be an id; "v1" and names like "participantInvitations" stay.
    [GeneratedRegex(@"(?<=/|[?&][A-Za-z0-9_.-]+=)(?:(?=[^/?&#=\s|]*\d)[0-9A-Za-z_-]{4,}|[0-9a-fA-F]{8,})(?=[/?&#\s|,)]|$)")]
    private static partial Regex IdSegment();

    // Hex ids of any length that hold a digit and a letter (a digit-only run is a number, and stays).
    [GeneratedRegex(@"\b(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{6,}\b")]
    private static partial Regex Hex();
}
