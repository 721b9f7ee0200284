using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using static Ucwa.Conformance.SelfTests.Support.MadeResults;

namespace Ucwa.Conformance.SelfTests.Verdicts;

/// <summary>
/// What a ledger entry covers and what the ledger says of a run, on hand-made results (the runs against the
/// stub are in Reports/KnownFailuresTests): an entry covers only its requirements in its case.
/// </summary>
[TestFixture]
public sealed class KnownFailureTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly CaseResult Failing51 = Result("opid-length-51", ("AP-OPID-51", Outcome.Failed), ("AP-ERR-BODY", Outcome.Passed));

    private static KnownFailure Entry(string? caseId, params string[] requirements) =>
        new(requirements, caseId, "the server counts bytes", new Uri("https://tracker.example/UCWA-12"), new DateOnly(2027, 6, 30));

    [TestCase(null)]
    [TestCase("opid-length-51")]
    [TestCase("opid-length-51.json")]
    public void An_entry_covers_its_requirement_in_every_case_in_its_case_or_in_its_case_and_format(string? caseId)
    {
        var entry = Entry(caseId, "AP-OPID-51");

        entry.Covers(Failing51, Failing51.Verdicts[0]).Should().BeTrue();
        entry.Covers(Failing51, Failing51.Verdicts[1]).Should().BeFalse("it does not list AP-ERR-BODY");
        entry.Concerns(Failing51).Should().BeTrue();
    }

    [TestCase("opid-length-255")]
    [TestCase("opid-length-51.xml")]
    public void An_entry_of_another_case_or_format_covers_nothing_here(string caseId)
    {
        var entry = Entry(caseId, "AP-OPID-51");

        entry.Covers(Failing51, Failing51.Verdicts[0]).Should().BeFalse();
        entry.Concerns(Failing51).Should().BeFalse();
    }

    [Test]
    public void An_entry_concerns_the_cases_that_name_one_of_its_requirements_only()
    {
        Entry(null, "AP-EVENT-STARTED", "AP-OPID-51").Concerns(Failing51).Should().BeTrue("the case names one of them");
        Entry(null, "AP-EVENT-STARTED").Concerns(Failing51).Should().BeFalse();
    }

    [Test]
    public void An_entry_reads_as_its_requirements_case_reason_issue_and_expiry()
    {
        Entry("opid-length-51", "AP-OPID-51", "AP-ERR-BODY").ToString()
            .Should().Be("AP-OPID-51, AP-ERR-BODY in opid-length-51 (the server counts bytes; https://tracker.example/UCWA-12; expires 2027-06-30)");
        Entry(null, "AP-OPID-51").ToString().Should().Be("AP-OPID-51 (the server counts bytes; https://tracker.example/UCWA-12; expires 2027-06-30)");
    }

    [Test]
    public void Covering_finds_the_entry_that_covers_a_verdict()
    {
        using var folder = new TempFolder();
        var known = Ledger(folder, MadeResults.Entry("\"AP-OPID-51\""));

        known.Covering(Failing51, Failing51.Verdicts[0]).Should().Be(known.Entries.Single());
        known.Covering(Failing51, Failing51.Verdicts[1]).Should().BeNull();
        KnownFailures.None.Entries.Should().BeEmpty();
        KnownFailures.None.File.Should().BeEmpty();
        KnownFailures.None.Covering(Failing51, Failing51.Verdicts[0]).Should().BeNull();
    }

    [Test]
    public void An_entry_still_failing_is_no_problem_and_one_whose_failure_is_gone_is()
    {
        using var folder = new TempFolder();
        var known = Ledger(folder, MadeResults.Entry("\"AP-OPID-51\""));
        var fixedNow = Result("opid-length-51", ("AP-OPID-51", Outcome.Passed));

        known.Problems([Failing51, fixedNow], Today).Should().BeEmpty("one case still fails it");
        known.Problems([fixedNow], Today).Should().ContainSingle()
            .Which.Should().Be($"{known.File}: entry {known.Entries[0]} no longer fails: fixed, remove it");
    }

    [Test]
    public void A_warning_the_entry_lists_still_counts_as_failing()
    {
        using var folder = new TempFolder();
        var known = Ledger(folder, MadeResults.Entry("\"AP-OPID-51-SUBCODE\""));

        known.Problems([Result("opid-length-51", ("AP-OPID-51-SUBCODE", Outcome.Warning))], Today).Should().BeEmpty();
        known.Problems([Result("opid-length-51", ("AP-OPID-51-SUBCODE", Outcome.Inconclusive))], Today).Should().ContainSingle("inconclusive is not a failure");
    }

    [Test]
    public void A_failure_of_another_requirement_does_not_keep_an_entry_alive()
    {
        using var folder = new TempFolder();
        var known = Ledger(folder, MadeResults.Entry("\"AP-ERR-BODY\""));

        known.Problems([Failing51], Today).Should().ContainSingle().Which.Should().Contain("no longer fails");
    }

    [Test]
    public void An_entry_whose_cases_did_not_run_says_nothing()
    {
        using var folder = new TempFolder();
        var known = Ledger(folder, MadeResults.Entry("\"AP-EVENT-STARTED\""));

        known.Problems([Failing51], Today).Should().BeEmpty("filtered out of this run");
    }

    [Test]
    public void An_entry_expires_the_day_after_its_date_and_then_says_only_that()
    {
        using var folder = new TempFolder();
        var known = Ledger(folder, MadeResults.Entry("\"AP-OPID-51\"", expires: "2026-11-26"));

        known.Problems([Failing51], Today).Should().BeEmpty("it expires at the end of its day");
        known.Problems([Result("opid-length-51", ("AP-OPID-51", Outcome.Passed))], Today.AddDays(1)).Should().ContainSingle()
            .Which.Should().Be($"{known.File}: entry {known.Entries[0]} expired: fix the server, or renew the entry with a reason");
    }

    [Test]
    public void No_file_is_an_empty_ledger_named_after_the_file_it_would_be()
    {
        using var folder = new TempFolder();

        var known = KnownFailures.Load(folder.Path, StubRun.Requirements, StubRun.Cases);

        known.Entries.Should().BeEmpty();
        known.File.Should().Be(Path.Combine(folder.Path, KnownFailures.FileName));
    }

    [Test]
    public void An_entry_with_every_member_is_read_whole()
    {
        using var folder = new TempFolder();

        var entry = Ledger(folder, MadeResults.Entry("\"AP-OPID-51\", \"AP-ERR-BODY\"", "opid-length-51.xml")).Entries.Single();

        entry.Should().BeEquivalentTo(new KnownFailure(["AP-OPID-51", "AP-ERR-BODY"], "opid-length-51.xml", "the server counts bytes",
            new Uri("https://tracker.example/UCWA-12"), new DateOnly(2027, 6, 30)));
    }

    [Test]
    public void The_entries_are_numbered_from_one_in_errors()
    {
        using var folder = new TempFolder();
        var good = """{"requirements": ["AP-OPID-51"], "reason": "r", "issue": "https://x.example/1", "expires": "2027-01-01"}""";

        var load = () => Ledger(folder, $$"""{"knownFailures": [{{good}}, 7]}""");

        load.Should().Throw<FixtureException>().Which.Message.Should().EndWith("entry 2: must be an object");
    }

    private const string Rest = "\"reason\": \"r\", \"issue\": \"https://x.example/1\", \"expires\": \"2027-01-01\"";

    [TestCase("{\"requirements\": [], " + Rest + "}", "entry 1: \"requirements\" must list the requirement IDs the entry covers")]
    [TestCase("{\"requirements\": \"AP-OPID-51\", " + Rest + "}", "entry 1: \"requirements\" must list the requirement IDs the entry covers")]
    [TestCase("{\"requirements\": [51], " + Rest + "}", "entry 1: \"\" in \"requirements\" is not a requirement ID")]
    [TestCase("{\"requirements\": [\"AP-OPID-51\"], \"case\": 7, " + Rest + "}", "entry 1: \"case\" must be a non-empty string")]
    [TestCase("{\"requirements\": [\"AP-OPID-51\"], \"case\": \"opid-length-51.yaml\", " + Rest + "}", "entry 1: \"case\" \"opid-length-51.yaml\" is neither a case ID nor a <case>.<format> test name")]
    [TestCase("{\"requirements\": [\"AP-OPID-51\"], \"case\": \"auth-missing\", " + Rest + "}", "entry 1: case auth-missing does not name AP-OPID-51")]
    [TestCase("{\"requirements\": [\"AP-OPID-51\"], \"reason\": \"r\", \"issue\": \"ftp://x.example/1\", \"expires\": \"2027-01-01\"}", "entry 1: \"issue\" must be an http(s) link to the issue tracking the failure")]
    [TestCase("{\"requirements\": [\"AP-OPID-51\"], \"reason\": \"r\", \"issue\": \"x/1\", \"expires\": \"2027-01-01\"}", "entry 1: \"issue\" must be an http(s) link to the issue tracking the failure")]
    [TestCase("{\"requirements\": [\"AP-OPID-51\"], \"reason\": \"r\", \"issue\": \"http://x.example/1\", \"expires\": \"01/01/2027\"}", "entry 1: \"expires\" must be a date written yyyy-MM-dd")]
    [TestCase("{\"requirements\": [\"AP-OPID-51\"], \"reason\": \"\", \"issue\": \"http://x.example/1\", \"expires\": \"2027-01-01\"}", "entry 1: \"reason\" must be a non-empty string")]
    [TestCase("{\"requirements\": [\"AP-OPID-51\"], \"note\": 1, " + Rest + "}", "entry 1: has an unknown member \"note\" (known: requirements, case, reason, issue, expires)")]
    public void A_malformed_entry_is_refused_with_the_problem(string entry, string problem)
    {
        using var folder = new TempFolder();

        var load = () => Ledger(folder, $$"""{"knownFailures": [{{entry}}]}""");

        load.Should().Throw<FixtureException>().Which.Message.Should().EndWith(problem);
    }

    [TestCase("""{"knownFailures": {}}""", "needs an array \"knownFailures\"")]
    [TestCase("""{"other": []}""", "needs an array \"knownFailures\"")]
    [TestCase("""{"knownFailures": [""", "is not valid JSON: ")]
    public void A_malformed_file_is_refused_with_the_problem(string json, string problem)
    {
        using var folder = new TempFolder();

        var load = () => Ledger(folder, json);

        load.Should().Throw<FixtureException>().Which.Message.Should().Contain(problem);
    }
}
