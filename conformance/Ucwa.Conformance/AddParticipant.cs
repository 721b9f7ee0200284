using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance;

/// <summary>
/// One test per fixture case and format, named <c>&lt;case-id&gt;.&lt;json|xml&gt;</c>, in the categories of its
/// levels and requirement IDs (<c>dotnet test --filter TestCategory=AP-OPID-51</c>). The engine decides what
/// the case means (<see cref="Disposition"/>); this maps it onto NUnit: failed fails the test, warning and
/// inconclusive are skipped with their message (so JUnit, TRX and the console count them as the report does),
/// passed passes, and only when something was judged.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class AddParticipant
{
    public static IEnumerable<TestCaseData> Cases()
    {
        var requirements = RequirementCatalogue.Load();
        foreach (var c in CaseInFormat.All(requirements, CaseCatalogue.Load(requirements)))
        {
            var data = new TestCaseData(c.Case, c.Format).SetName(c.Name).SetDescription(c.Case.Summary);
            foreach (var level in c.Levels) data.SetCategory(level.ToString());
            foreach (var r in c.Requirements) data.SetCategory(r.Id);
            yield return data;
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Case(CaseDefinition definition, WireFormat format)
    {
        var run = SuiteTarget.Run;
        if (run.Stopped is { } stop)
            Assert.Ignore($"not run: the run stopped at {stop.Step} (the reason is printed once, at the end, and in the report)");

        var result = await run.RunAsync(definition, format);
        var disposition = run.Decide(result);
        string Message() => $"[{disposition.Outcome}] " + disposition.Describe(run.Rerun(disposition.Name), Repro.Curl(result));
        switch (disposition.Outcome)
        {
            case Outcome.Failed:
                Assert.Fail(Message());
                break;
            case Outcome.Warning:
                Assert.Warn(Message());
                break;
            case Outcome.Inconclusive:
                // Ignore, not Inconclusive: NUnit's inconclusive reaches TRX and JUnit as no outcome at all.
                Assert.Ignore(Message());
                break;
        }
    }
}
