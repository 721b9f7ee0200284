using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Ucwa.Conformance.Engine.Snapshots;

/// <summary>What <see cref="SnapshotFile.Check"/> found.</summary>
public sealed record SnapshotResult(bool Ok, string Message);

/// <summary>
/// Snapshot verification with Verify's conventions (so a later switch to Verify is trivial):
/// <c>&lt;name&gt;.verified.&lt;ext&gt;</c> is committed; a differing run writes <c>&lt;name&gt;.received.&lt;ext&gt;</c> and
/// fails with a unified diff; a matching run deletes any stale received file. Modes: <c>verify</c>
/// (compare), <c>accept</c> (write the verified file), <c>off</c>.
/// </summary>
public static class SnapshotFile
{
    public static readonly string[] Modes = ["verify", "accept", "off"];

    public static SnapshotResult Check(string directory, string name, string extension, string text, string mode)
    {
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        text = text.ReplaceLineEndings("\n");
        switch (mode)
        {
            case "off":
                return new SnapshotResult(true, "snapshot not checked (Snapshot=off)");
            case "accept":
                Directory.CreateDirectory(directory);
                File.WriteAllText(verified, text, new UTF8Encoding(false));
                File.Delete(received);
                return new SnapshotResult(true, $"snapshot accepted: {verified}");
        }

        var approved = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (approved == text)
        {
            File.Delete(received);
            return new SnapshotResult(true, $"snapshot matches {verified}");
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, text, new UTF8Encoding(false));
        var accept = "Review it; to approve this behaviour, run again with UCWA_SNAPSHOT=accept (or copy the received file over the verified one) and commit the verified file.";
        return approved is null
            ? new SnapshotResult(false, $"no verified snapshot yet: wrote {received} with what would be approved. {accept}")
            : new SnapshotResult(false, $"the report differs from {verified}; wrote {received}. {accept}{Environment.NewLine}{UnifiedDiff(approved, text)}");
    }

    /// <summary>A unified diff (three lines of context) of the verified and received texts.</summary>
    public static string UnifiedDiff(string verified, string received)
    {
        var diff = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var changed = lines.Select((l, i) => (l, i)).Where(x => x.l.Type != ChangeType.Unchanged).Select(x => x.i).ToList();
        var text = new StringBuilder("--- verified\n+++ received\n");
        var shown = -1;
        foreach (var index in changed)
        {
            var from = Math.Max(index - 3, shown + 1);
            if (from > shown + 1) text.Append("@@\n");
            for (var i = from; i <= Math.Min(index + 3, lines.Count - 1); i++)
            {
                if (i <= shown) continue;
                var prefix = lines[i].Type switch { ChangeType.Inserted => "+", ChangeType.Deleted => "-", _ => " " };
                text.Append(prefix).Append(lines[i].Text).Append('\n');
                shown = i;
            }
        }

        return text.ToString();
    }
}
