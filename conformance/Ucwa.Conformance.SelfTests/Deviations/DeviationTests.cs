using System.Collections.Concurrent;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Deviations;

/// <summary>
/// The suite catches broken servers: the whole suite runs against each deviation, and each requirement it
/// names fails (MUST) or warns (SHOULD), and the run's verdict is right: it fails exactly when a named
/// requirement is a MUST. Against the conforming stub, nothing fails, warns or is inconclusive.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class DeviationTests
{
    private static readonly ConcurrentDictionary<string, bool> Caught = new();

    public static IEnumerable<TestCaseData> Deviations() =>
        Deviation.All().Select(d => new TestCaseData(d).SetName($"deviation.{d.Id}").SetDescription(d.Summary));

    [TestCaseSource(nameof(Deviations))]
    public async Task Is_caught_by_the_requirements_it_breaks(Deviation deviation)
    {
        Caught[deviation.Id] = false;
        var results = await StubRun.AllCasesAsync(deviation.Behaviour);
        var outcomes = results.SelectMany(r => r.Verdicts).ToLookup(v => v.Requirement.Id, v => v.Outcome);

        TestContext.Out.WriteLine($"{deviation.Id}: {deviation.Summary}");
        foreach (var line in StubRun.NotPassed(results)) TestContext.Out.WriteLine("  " + line);

        foreach (var id in deviation.Fails)
        {
            var requirement = StubRun.Requirements[id];
            var caughtAs = requirement.Level == Level.MUST ? Outcome.Failed : Outcome.Warning;
            outcomes[id].Should().Contain(caughtAs, $"deviation {deviation.Id} ({deviation.Summary}) breaks {requirement}");
        }

        var mustBroken = deviation.Fails.Any(id => StubRun.Requirements[id].Level == Level.MUST);
        results.Any(r => StubRun.Decide(r).FailsGate).Should().Be(mustBroken,
            mustBroken ? "a MUST deviation must fail the run" : "a SHOULD-only deviation warns but must not fail the run");
        Caught[deviation.Id] = true;
    }

    [OneTimeTearDown]
    public void Report_the_detection_rate()
    {
        if (Caught.IsEmpty) return;
        var caught = Caught.Count(c => c.Value);
        TestContext.Progress.WriteLine($"Detection rate: {caught}/{Caught.Count} deviations caught ({100.0 * caught / Caught.Count:0.#}%)");
        foreach (var missed in Caught.Where(c => !c.Value).Select(c => c.Key).Order())
            TestContext.Progress.WriteLine("  not caught: " + missed);
    }

    [Test]
    public async Task The_conforming_stub_passes_every_case_in_both_formats()
    {
        var results = await StubRun.AllCasesAsync(new StubBehaviour());

        results.Should().HaveCount(StubRun.Cases.Sum(c => c.FormatsToRun.Count));
        StubRun.NotPassed(results).Should().BeEmpty("a conforming server must not be failed, warned or left inconclusive");
        results.Select(r => StubRun.Decide(r)).Where(d => d.Outcome != Outcome.Passed).Select(d => d.Name).Should().BeEmpty();
        StubRun.NotJudgedPassed(results)
            .Should().BeEmpty("every requirement must be judged passed, not merely found not applicable, in each format it applies to");
    }

    [Test]
    public void Every_requirement_catches_at_least_one_deviation()
    {
        var caughtBy = Deviation.All().SelectMany(d => d.Fails).ToHashSet();

        StubRun.Requirements.All.Select(r => r.Id).Where(id => !caughtBy.Contains(id))
            .Should().BeEmpty("a check that has never failed is not yet a check");
    }
}
