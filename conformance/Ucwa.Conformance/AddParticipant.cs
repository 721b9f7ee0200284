using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance;

/// <summary>
/// One test per fixture case and format, named <c>&lt;case-id&gt;.&lt;json|xml&gt;</c>, in the categories of its
/// levels and requirement IDs (<c>dotnet test --filter TestCategory=AP-OPID-51</c>).
/// A MUST failure fails the test; a SHOULD failure is a warning (a failure with Strict=true); a case
/// the target left unjudged (timeout, transport failure) fails if it names a MUST; a case the run could
/// not exercise for want of configuration (a trigger) is inconclusive. Never passed without a verdict.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class AddParticipant
{
    public static IEnumerable<TestCaseData> Cases()
    {
        var requirements = RequirementCatalogue.Load();
        foreach (var c in CaseCatalogue.Load(requirements))
        {
            foreach (var format in c.FormatsToRun)
            {
                var applicable = c.Requirements.Select(id => requirements[id]).Where(r => r.Formats.Contains(format)).ToList();
                var data = new TestCaseData(c, format).SetName($"{c.Id}.{format.Name()}").SetDescription(c.Summary);
                foreach (var level in applicable.Select(r => r.Level).Distinct()) data.SetCategory(level.ToString());
                foreach (var r in applicable) data.SetCategory(r.Id);
                yield return data;
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Case(CaseDefinition definition, WireFormat format)
    {
        var result = await SuiteTarget.Session.RunAsync(definition, format);
        SuiteTarget.Record(result);

        switch (result.Gate(SuiteTarget.Settings.Strict))
        {
            case Outcome.Failed when SuiteTarget.Ledger.CoveringAllFailures(result) is { } entries:
                Assert.Warn($"expected failure, listed in {SuiteTarget.Ledger.File}: {string.Join("; ", entries)}{Environment.NewLine}{result.Describe()}");
                break;
            case Outcome.Failed:
                Assert.Fail(result.Describe() + Environment.NewLine + Repro.Filter(result) + Environment.NewLine + Repro.Curl(result));
                break;
            case Outcome.Inconclusive:
                Assert.Inconclusive(result.Describe());
                break;
            case Outcome.Warning:
                Assert.Warn(result.Describe());
                break;
        }
    }
}
