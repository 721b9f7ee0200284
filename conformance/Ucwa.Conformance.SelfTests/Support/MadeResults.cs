using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.SelfTests.Support;

/// <summary>Hand-made verdicts and case results, to test what is decided from them without a server.</summary>
internal static class MadeResults
{
    public const string NothingToFollow = "answered 404 NotFound, no invitation to follow";

    /// <summary>A verdict as a check would give it: a failure says what was expected and seen; not applicable says why.</summary>
    public static Verdict Verdict(string requirementId, Outcome outcome, bool targetFault = false, string? note = null)
    {
        var failing = outcome is Outcome.Failed or Outcome.Warning;
        return new Verdict(StubRun.Requirements[requirementId], outcome, failing ? "e" : null, failing ? "s" : null,
            note ?? (outcome == Outcome.NotApplicable ? NothingToFollow : null), targetFault);
    }

    public static CaseResult Result(string caseId, WireFormat format, params Verdict[] verdicts)
    {
        var c = StubRun.Cases.Single(x => x.Id == caseId);
        return new CaseResult(c, format, verdicts, CaseExchange.NotRun(c, format, MadeEvidence.Target, "hand-made"));
    }

    public static CaseResult Result(string caseId, params (string Id, Outcome Outcome)[] verdicts) =>
        Result(caseId, WireFormat.Json, [.. verdicts.Select(v => Verdict(v.Id, v.Outcome))]);

    /// <summary>Every case in every format it runs in, each requirement judged passed: a complete, clean run.</summary>
    public static List<CaseResult> AllPassed() =>
        [.. StubRun.Cases.SelectMany(c => c.FormatsToRun.Select(f => Result(c.Id, f,
            [.. c.Requirements.Where(id => StubRun.Requirements[id].Formats.Contains(f)).Select(id => Verdict(id, Outcome.Passed))])))];

    /// <summary>A clean run with one case in one format replaced.</summary>
    public static List<CaseResult> AllPassedBut(CaseResult replacement) =>
        [.. AllPassed().Select(r => r.Name == replacement.Name ? replacement : r)];

    /// <summary>A known-failures ledger read from a temporary report folder.</summary>
    public static KnownFailures Ledger(TempFolder folder, string json)
    {
        folder.Write(KnownFailures.FileName, json);
        return KnownFailures.Load(folder.Path, StubRun.Requirements, StubRun.Cases);
    }

    /// <summary>A ledger file of one entry.</summary>
    public static string Entry(string requirements, string? caseId = null, string expires = "2027-06-30") =>
        $$"""{"knownFailures": [{"requirements": [{{requirements}}], {{(caseId is null ? "" : $"\"case\": \"{caseId}\", ")}}"reason": "the server counts bytes", "issue": "https://tracker.example/UCWA-12", "expires": "{{expires}}"}]}""";
}
