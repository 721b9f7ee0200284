using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>Several checks make one requirement: the first result that is not a pass decides, and passes keep their notes.</summary>
[TestFixture]
public sealed class CheckResultTests
{
    private sealed class Fixed(CheckResult result) : ICheck
    {
        public string RequirementId => "AP-PART";

        public CheckResult Judge(Evidence evidence) => result;
    }

    private static CheckResult AllOf(params CheckResult[] parts) =>
        new AllOf("AP-WHOLE", [.. parts.Select(p => new Fixed(p))]).Judge(Made.Evidence(Made.Submission(Made.Created())));

    [Test]
    public void The_first_result_that_is_not_a_pass_decides()
    {
        var notApplicable = CheckResult.NotApplicable("n/a");

        AllOf(CheckResult.Pass("fine"), notApplicable, CheckResult.Fail("a", "b")).Should().BeSameAs(notApplicable);
    }

    [Test]
    public void A_failure_after_passes_decides()
    {
        var failed = CheckResult.Fail("201", "400 BadRequest/None");

        AllOf(CheckResult.Pass(), failed, CheckResult.Inconclusive("later")).Should().BeSameAs(failed);
    }

    [Test]
    public void All_passing_pass_with_their_notes_joined()
    {
        var result = AllOf(CheckResult.Pass("first"), CheckResult.Pass(), CheckResult.Pass("second"));

        result.Kind.Should().Be(CheckResult.Result.Pass);
        result.Note.Should().Be("first; second");
    }

    [Test]
    public void All_passing_without_notes_pass_without_a_note()
    {
        AllOf(CheckResult.Pass(), CheckResult.Pass()).Note.Should().BeNull();
    }

    [Test]
    public void A_requirement_made_of_checks_keeps_its_own_id()
    {
        new AllOf("AP-WHOLE", new Fixed(CheckResult.Pass())).RequirementId.Should().Be("AP-WHOLE");
    }

    [Test]
    public void Each_kind_of_result_carries_what_it_says()
    {
        CheckResult.Fail("e", "s", "n").Should().Be(new CheckResult(CheckResult.Result.Fail, "e", "s", "n"));
        CheckResult.NotApplicable("why").Should().Be(new CheckResult(CheckResult.Result.NotApplicable, Note: "why"));
        CheckResult.Inconclusive("why").Should().Be(new CheckResult(CheckResult.Result.Inconclusive, Note: "why", TargetFault: false));
        CheckResult.Inconclusive("why", targetFault: true).TargetFault.Should().BeTrue();
        CheckResult.Pass().Should().Be(new CheckResult(CheckResult.Result.Pass));
    }
}
