using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using DiffPlex.Renderer;

namespace Ucwa.Conformance.Engine.Snapshots;

/// <summary>A row of a snapshot that a change touched: the section it is in (its last <c>##</c> heading) and its key (its first table cell, or the line).</summary>
public sealed record ChangedRow(string Section, string Key)
{
    public override string ToString() => $"{Section}: {Key}";
}

/// <summary>What a reviewer needs to read a snapshot change: whose rows changed, and a unified diff with line numbers and context.</summary>
public static class SnapshotDiff
{
    public const int ContextLines = 3;

    /// <summary>The rows deleted or inserted between the two texts, in order, each once.</summary>
    public static IReadOnlyList<ChangedRow> ChangedRows(string verified, string received)
    {
        var changed = new List<ChangedRow>();
        string oldSection = "", newSection = "";
        foreach (var line in InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false).Lines)
        {
            var text = line.Text ?? "";
            if (text.StartsWith("## ", StringComparison.Ordinal))
            {
                if (line.Type != ChangeType.Inserted) oldSection = text[3..];
                if (line.Type != ChangeType.Deleted) newSection = text[3..];
            }

            if (line.Type is not (ChangeType.Deleted or ChangeType.Inserted) || text.Length == 0) continue;
            var row = new ChangedRow(line.Type == ChangeType.Deleted ? oldSection : newSection, Key(text));
            if (!changed.Contains(row)) changed.Add(row);
        }

        return changed;
    }

    /// <summary>"Cases: a.json, a.xml; Requirements: AP-X", the changed rows grouped by section.</summary>
    public static string Describe(IReadOnlyList<ChangedRow> rows) =>
        string.Join("; ", rows.GroupBy(r => r.Section).Select(g =>
            $"{(g.Key.Length == 0 ? "heading" : g.Key)}: {string.Join(", ", g.Select(r => r.Key))}"));

    /// <summary>A unified diff (hunks with line numbers, <see cref="ContextLines"/> lines of context), as <c>diff -u</c> and <c>patch</c> read it.</summary>
    public static string Unified(string verified, string received, string verifiedName, string receivedName) =>
        new UnidiffRenderer(contextLines: ContextLines).Generate(verified, received, verifiedName, receivedName, ignoreWhitespace: false, ignoreCase: false);

    private static string Key(string line)
    {
        if (!line.StartsWith("| ", StringComparison.Ordinal)) return line;
        var end = line.IndexOf(" |", 2, StringComparison.Ordinal);
        return end < 0 ? line : line[2..end];
    }
}
