using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using static Ucwa.Conformance.SelfTests.Support.MadeResults;
using Checked = Ucwa.Conformance.Engine.Verdicts.Verdict;

namespace Ucwa.Conformance.SelfTests.Verdicts;

/// <summary>A check's result becomes a verdict by the requirement's level; a MUST the target left unjudged is said so.</summary>
[TestFixture]
public sealed class VerdictTests
{
    private static readonly Engine.Requirements.Requirement Must = StubRun.Requirements["AP-201-LOCATION"];
    private static readonly Engine.Requirements.Requirement Should = StubRun.Requirements["AP-EVENT-OPID"];

    [Test]
    public void A_failed_MUST_is_failed_and_a_failed_SHOULD_a_warning_both_with_what_was_expected_and_seen()
    {
        var fail = CheckResult.Fail("201 Created", "404 NotFound", "n");

        Checked.From(Must, fail).Should().Be(new Checked(Must, Outcome.Failed, "201 Created", "404 NotFound", "n"));
        Checked.From(Should, fail).Should().Be(new Checked(Should, Outcome.Warning, "201 Created", "404 NotFound", "n"));
    }

    [Test]
    public void Pass_not_applicable_and_inconclusive_keep_their_note_and_the_target_fault()
    {
        Checked.From(Must, CheckResult.Pass("p")).Should().Be(new Checked(Must, Outcome.Passed, null, null, "p"));
        Checked.From(Must, CheckResult.NotApplicable("na")).Should().Be(new Checked(Must, Outcome.NotApplicable, null, null, "na"));
        Checked.From(Must, CheckResult.Inconclusive("timeout", targetFault: true)).Should().Be(new Checked(Must, Outcome.Inconclusive, null, null, "timeout", true));
        Checked.From(Should, CheckResult.Inconclusive("no trigger")).TargetFault.Should().BeFalse();
    }

    [Test]
    public void Only_an_inconclusive_MUST_with_a_target_fault_is_an_unjudged_MUST()
    {
        Verdict("AP-201-LOCATION", Outcome.Inconclusive, targetFault: true).IsUnjudgedMust.Should().BeTrue();
        Verdict("AP-201-LOCATION", Outcome.Inconclusive).IsUnjudgedMust.Should().BeFalse("missing configuration is not the target's fault");
        Verdict("AP-EVENT-OPID", Outcome.Inconclusive, targetFault: true).IsUnjudgedMust.Should().BeFalse("a SHOULD");
        Verdict("AP-201-LOCATION", Outcome.Failed, targetFault: true).IsUnjudgedMust.Should().BeFalse("it was judged");
    }

    [Test]
    public void Describe_shows_the_label_the_target_fault_and_each_text_given()
    {
        Verdict("AP-201-LOCATION", Outcome.Failed, note: "n").Describe("Failed").Should().Be(string.Join(Environment.NewLine,
            $"[Failed] {Must}", "    expected: e", "    seen:     s", "    note:     n"));
        Verdict("AP-201-LOCATION", Outcome.Inconclusive, targetFault: true, note: "timeout").Describe("Inconclusive").Should().Be(string.Join(Environment.NewLine,
            $"[Inconclusive, target fault] {Must}", "    note:     timeout"));
        Verdict("AP-201-LOCATION", Outcome.Passed).Describe("Passed").Should().Be($"[Passed] {Must}");
    }
}
