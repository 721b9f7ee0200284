using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Snapshots;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>A snapshot change reads well: the rows that changed by name, then a unified diff with line numbers; accept says what it took.</summary>
[TestFixture]
public sealed class SnapshotDiffTests
{
    private const string Verified = """
        # Conformance snapshot: t

        ## Requirements

        | Requirement | Level | JSON | XML |
        |---|---|---|---|
        | AP-A | MUST | passed | passed |

        ## Cases

        | Case | Aspect | Seen |
        |---|---|---|
        | a.json | answer | POST 201 |
        | a.xml | answer | POST 201 |
        | b.json | answer | POST 400 |
        | b.xml | answer | POST 400 |

        """;

    private static readonly string Received = Verified.Replace("| b.xml | answer | POST 400 |", "| b.xml | answer | POST 409 |", StringComparison.Ordinal);

    [Test]
    public void Verify_names_the_changed_rows_then_shows_a_unified_diff_with_line_numbers_and_context()
    {
        using var folder = new TempFolder();
        SnapshotFile.Check(folder.Path, "r", "md", Verified, "accept");

        var verify = SnapshotFile.Check(folder.Path, "r", "md", Received, "verify");

        verify.Ok.Should().BeFalse();
        verify.ChangedRows.Should().Equal(new ChangedRow("Cases", "b.xml"));
        verify.Message.Should().Contain("in 1 row(s): Cases: b.xml")
            .And.Contain("--- r.verified.md").And.Contain("+++ r.received.md")
            .And.Contain("@@ -13,5 +13,5 @@")
            .And.Contain(" | a.xml | answer | POST 201 |", "context lines come with the change")
            .And.Contain("-| b.xml | answer | POST 400 |").And.Contain("+| b.xml | answer | POST 409 |");
        verify.Message.IndexOf("Cases: b.xml", StringComparison.Ordinal).Should().BeLessThan(verify.Message.IndexOf("@@", StringComparison.Ordinal), "the names come first");
    }

    [Test]
    public void Accept_says_what_it_accepted()
    {
        using var folder = new TempFolder();

        SnapshotFile.Check(folder.Path, "r", "md", Verified, "accept").Message.Should().Contain("(a new snapshot)");
        SnapshotFile.Check(folder.Path, "r", "md", Verified, "accept").Message.Should().Contain("(no change)");
        var accepted = SnapshotFile.Check(folder.Path, "r", "md", Received, "accept");

        accepted.Message.Should().Contain("1 changed row(s): Cases: b.xml").And.Contain("+| b.xml | answer | POST 409 |");
        File.ReadAllText(Path.Combine(folder.Path, "r.verified.md")).Should().Be(Received);
    }

    [Test]
    public void Placeholders_are_numbered_by_first_sight_within_one_case()
    {
        var scrub = Scrubbers.Default(new Uri("http://127.0.0.1:5000/x"));
        var one = new Placeholders();
        var other = new Placeholders();

        scrub.Apply("http://127.0.0.1:5000/apps/123456/inv/4f1c0a9b2e3d then /apps/123456/inv/9a8b7c6d5e4f and /apps/123456/inv/4f1c0a9b2e3d", one)
            .Should().Be("{target}/apps/{id-1}/inv/{id-2} then /apps/{id-1}/inv/{id-3} and /apps/{id-1}/inv/{id-2}");
        scrub.Apply("/apps/123456/inv/9a8b7c6d5e4f", other).Should().Be("/apps/{id-1}/inv/{id-2}", "another case counts from 1 again");
    }

    [Test]
    public void A_target_adds_its_own_scrubber_as_a_layer_after_the_built_in_ones()
    {
        var scrub = Scrubbers.Default().Then((text, p) => text.Replace("pool-eu-7", p.For("pool", "pool-eu-7"), StringComparison.Ordinal));

        scrub.Apply("served by pool-eu-7 at http://edge.contoso.com:443 on 2026-11-26T09:40:00Z, charset=utf-8")
            .Should().Be("served by {pool-1} at {host-1} on {date}, charset=utf-8");
    }
}
