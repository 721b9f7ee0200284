using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Variants;

/// <summary>
/// No false positives on conformant variety: the whole suite runs against each conformant variant of the stub
/// (media types spelt otherwise, members reordered or added, an absolute Location, events before the 201, idle
/// event answers, chunked bodies, 403 for a token never issued), and every requirement is judged passed, in each
/// format it applies to: no failure, no warning, nothing inconclusive.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class VariantTests
{
    public static IEnumerable<TestCaseData> Variants() =>
        Variant.All().Select(v => new TestCaseData(v).SetName($"variant.{v.Id}").SetDescription(v.Summary));

    [TestCaseSource(nameof(Variants))]
    public async Task Passes_every_requirement(Variant variant)
    {
        var results = await StubRun.AllCasesAsync(variant.Behaviour);

        StubRun.NotPassed(results).Should().BeEmpty($"{variant.Id} ({variant.Summary}) is conformant");
        StubRun.NotJudgedPassed(results).Should().BeEmpty("every requirement must be judged passed, not merely found not applicable");
    }

    [Test]
    public void There_is_a_variant_for_each_kind_of_variety()
    {
        Variant.All().Should().HaveCountGreaterThanOrEqualTo(7, "one per kind of variety the profile allows (see fixtures/README.md)");
    }
}
