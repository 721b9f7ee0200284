using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Deviations;

/// <summary>
/// The suite catches broken servers: against each deviation, the requirements it names fail (MUST) or
/// warn (SHOULD); against the conforming stub, nothing does, in either format.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class DeviationTests
{
    public static IEnumerable<TestCaseData> Deviations() =>
        Deviation.All().Select(d => new TestCaseData(d).SetName($"deviation.{d.Id}").SetDescription(d.Summary));

    [TestCaseSource(nameof(Deviations))]
    public async Task Is_caught_by_the_requirement_it_breaks(Deviation deviation)
    {
        var results = await StubRun.AllCasesAsync(deviation.Behaviour);

        foreach (var id in deviation.Fails)
        {
            var requirement = StubRun.Requirements[id];
            var caughtAs = requirement.Level == Level.MUST ? Outcome.Failed : Outcome.Warning;
            results.SelectMany(r => r.Verdicts).Where(v => v.Requirement.Id == id).Select(v => v.Outcome)
                .Should().Contain(caughtAs, $"deviation {deviation.Id} ({deviation.Summary}) breaks {requirement}");
        }

        TestContext.Out.WriteLine($"{deviation.Id}: caught by {string.Join(", ", deviation.Fails)}; all verdicts that did not pass:");
        foreach (var line in StubRun.NotPassed(results)) TestContext.Out.WriteLine("  " + line);
    }

    [Test]
    public async Task The_conforming_stub_passes_every_case_in_both_formats()
    {
        var results = await StubRun.AllCasesAsync(new StubBehaviour());

        results.Should().HaveCount(StubRun.Cases.Sum(c => c.FormatsToRun.Count));
        StubRun.NotPassed(results).Should().BeEmpty("a conforming server must not be failed, warned or left inconclusive");
    }
}
