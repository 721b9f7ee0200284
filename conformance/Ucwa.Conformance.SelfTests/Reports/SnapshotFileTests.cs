using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Snapshots;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>
/// The snapshot comparison on hand-made texts: any difference fails verify (whitespace and case too), writes
/// the received file and names the rows; a match deletes a stale received file; accept and off never fail.
/// </summary>
[TestFixture]
public sealed class SnapshotFileTests
{
    private const string Text = "# t\n\n## Cases\n\n| a.json | passed |\n| b.json | passed |\n";

    private static string Verified(TempFolder f) => Path.Combine(f.Path, "r.verified.md");

    private static string Received(TempFolder f) => Path.Combine(f.Path, "r.received.md");

    [Test]
    public void The_modes_are_verify_accept_and_off()
    {
        SnapshotFile.Modes.Should().Equal("verify", "accept", "off");
    }

    [Test]
    public void A_first_verify_fails_and_writes_what_would_be_approved()
    {
        using var folder = new TempFolder();
        var dir = Path.Combine(folder.Path, "new");

        var result = SnapshotFile.Check(dir, "r", "md", Text, "verify");

        result.Ok.Should().BeFalse();
        result.ChangedRows.Should().BeEmpty();
        result.Message.Should().StartWith($"no verified snapshot yet: wrote {Path.Combine(dir, "r.received.md")} with what would be approved. Review it;")
            .And.Contain("UCWA_SNAPSHOT=accept");
        File.ReadAllText(Path.Combine(dir, "r.received.md")).Should().Be(Text);
    }

    [Test]
    public void A_match_passes_and_removes_a_stale_received_file()
    {
        using var folder = new TempFolder();
        SnapshotFile.Check(folder.Path, "r", "md", Text, "accept");
        folder.Write("r.received.md", "stale");

        var result = SnapshotFile.Check(folder.Path, "r", "md", Text.Replace("\n", "\r\n", StringComparison.Ordinal), "verify");

        result.Should().BeEquivalentTo(new { Ok = true, Message = $"snapshot matches {Verified(folder)}", ChangedRows = Array.Empty<ChangedRow>() });
        File.Exists(Received(folder)).Should().BeFalse();
    }

    [TestCase("| b.json | passed | ", "whitespace at the end")]
    [TestCase("| b.json | Passed |", "case")]
    public void Any_difference_fails_verify_with_the_row_and_a_diff(string changed, string what)
    {
        using var folder = new TempFolder();
        SnapshotFile.Check(folder.Path, "r", "md", Text, "accept");
        var received = Text.Replace("| b.json | passed |", changed, StringComparison.Ordinal);

        var result = SnapshotFile.Check(folder.Path, "r", "md", received, "verify");

        result.Ok.Should().BeFalse(what);
        result.ChangedRows.Should().Equal(new ChangedRow("Cases", "b.json"));
        result.Message.Should().StartWith($"the snapshot differs from {Verified(folder)} in 1 row(s): Cases: b.json. Wrote {Received(folder)}. Review it;")
            .And.Contain("@@ ").And.Contain("+" + changed);
        File.ReadAllText(Received(folder)).Should().Be(received);
        File.ReadAllText(Verified(folder)).Should().Be(Text, "verify never approves");
    }

    [Test]
    public void Accept_writes_the_verified_file_without_a_byte_order_mark_creates_its_folder_and_removes_the_received_file()
    {
        using var folder = new TempFolder();
        var dir = Path.Combine(folder.Path, "new");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "r.received.md"), "stale");

        var first = SnapshotFile.Check(dir, "r", "md", Text, "accept");
        var same = SnapshotFile.Check(dir, "r", "md", Text, "accept");
        var changed = SnapshotFile.Check(dir, "r", "md", Text.Replace("b.json", "c.json", StringComparison.Ordinal), "accept");

        first.Ok.Should().BeTrue();
        same.Message.Should().EndWith("(no change)", "nothing changed, so no diff follows");
        File.Exists(Path.Combine(dir, "r.received.md")).Should().BeFalse();
        File.ReadAllBytes(Path.Combine(dir, "r.verified.md"))[0].Should().Be((byte)'#', "no byte order mark");
        changed.Ok.Should().BeTrue();
        changed.ChangedRows.Should().Equal(new ChangedRow("Cases", "b.json"), new ChangedRow("Cases", "c.json"));
        changed.Message.Should().StartWith($"snapshot accepted: {Path.Combine(dir, "r.verified.md")} (2 changed row(s): Cases: b.json, c.json)");
    }

    [Test]
    public void Accept_creates_a_missing_folder()
    {
        using var folder = new TempFolder();
        var dir = Path.Combine(folder.Path, "a", "b");

        SnapshotFile.Check(dir, "r", "md", Text, "accept").Ok.Should().BeTrue();

        File.Exists(Path.Combine(dir, "r.verified.md")).Should().BeTrue();
    }

    [Test]
    public void A_verify_writes_the_received_file_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        SnapshotFile.Check(folder.Path, "r", "md", Text, "accept");

        SnapshotFile.Check(folder.Path, "r", "md", Text + "x\n", "verify");

        File.ReadAllBytes(Received(folder))[0].Should().Be((byte)'#');
    }

    [Test]
    public void Off_checks_nothing_and_writes_nothing()
    {
        using var folder = new TempFolder();

        SnapshotFile.Check(folder.Path, "r", "md", Text, "off").Should().BeEquivalentTo(new { Ok = true, Message = "snapshot not checked (Snapshot=off)" });

        Directory.EnumerateFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Test]
    public void A_deleted_row_is_named_in_the_section_it_was_in_and_an_inserted_row_in_the_section_it_is_in()
    {
        var rows = SnapshotDiff.ChangedRows("## Old\n| a | 1 |\n", "## New\n| b | 1 |\n");

        rows.Should().Equal(new ChangedRow("Old", "## Old"), new ChangedRow("Old", "a"), new ChangedRow("New", "## New"), new ChangedRow("New", "b"));
    }

    [Test]
    public void Rows_before_any_section_are_in_the_heading_and_a_line_that_is_no_table_row_is_its_own_key()
    {
        var rows = SnapshotDiff.ChangedRows("# t\nTarget: a\n| open row\n", "# t\nTarget: b\n| open row\n");

        rows.Should().Equal(new ChangedRow("", "Target: a"), new ChangedRow("", "Target: b"));
        SnapshotDiff.Describe(rows).Should().Be("heading: Target: a, Target: b");
        SnapshotDiff.ChangedRows("| open row a\n", "| open row b\n").Select(r => r.Key).Should().Equal("| open row a", "| open row b");
        SnapshotDiff.Describe([new ChangedRow("Cases", "a.json"), new ChangedRow("Requirements", "AP-X"), new ChangedRow("Cases", "b.json")])
            .Should().Be("Cases: a.json, b.json; Requirements: AP-X");
        new ChangedRow("Cases", "a.json").ToString().Should().Be("Cases: a.json");
    }

    [Test]
    public void The_unified_diff_sees_whitespace_and_case()
    {
        SnapshotDiff.Unified("a b\n", "a b \n", "v", "r").Should().Contain("-a b").And.Contain("+a b ");
        SnapshotDiff.Unified("a b\n", "A b\n", "v", "r").Should().Contain("-a b").And.Contain("+A b");
    }
}
