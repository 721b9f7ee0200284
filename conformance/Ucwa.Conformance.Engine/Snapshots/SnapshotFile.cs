using System.Text;

namespace Ucwa.Conformance.Engine.Snapshots;

/// <summary>What <see cref="SnapshotFile.Check"/> found, and the rows that differ from the verified file (empty when none, or none was verified yet).</summary>
public sealed record SnapshotResult(bool Ok, string Message)
{
    public IReadOnlyList<ChangedRow> ChangedRows { get; init; } = [];
}

/// <summary>
/// Snapshot verification with Verify's conventions (so a later switch to Verify is trivial):
/// <c>&lt;name&gt;.verified.&lt;ext&gt;</c> is committed; a differing run writes <c>&lt;name&gt;.received.&lt;ext&gt;</c> and
/// fails with the rows that changed, then a unified diff; a matching run deletes any stale received file.
/// Modes: <c>verify</c> (compare), <c>accept</c> (write the verified file, saying what changed), <c>off</c>.
/// </summary>
public static class SnapshotFile
{
    public static readonly string[] Modes = ["verify", "accept", "off"];

    public static SnapshotResult Check(string directory, string name, string extension, string text, string mode)
    {
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        text = text.ReplaceLineEndings("\n");
        if (mode == "off") return new SnapshotResult(true, "snapshot not checked (Snapshot=off)");

        var approved = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        var changed = approved is null ? [] : SnapshotDiff.ChangedRows(approved, text);
        var diff = approved is null || approved == text
            ? ""
            : Environment.NewLine + SnapshotDiff.Unified(approved, text, Path.GetFileName(verified), Path.GetFileName(received));
        if (mode == "accept")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, text, new UTF8Encoding(false));
            File.Delete(received);
            var what = approved is null ? "a new snapshot"
                : approved == text ? "no change"
                : $"{changed.Count} changed row(s): {SnapshotDiff.Describe(changed)}";
            return new SnapshotResult(true, $"snapshot accepted: {verified} ({what}){diff}") { ChangedRows = changed };
        }

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
            : new SnapshotResult(false,
                $"the snapshot differs from {verified} in {changed.Count} row(s): {SnapshotDiff.Describe(changed)}. Wrote {received}. {accept}{diff}")
            {
                ChangedRows = changed,
            };
    }
}
