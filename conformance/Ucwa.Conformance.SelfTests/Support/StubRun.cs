using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.Verdicts;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Support;

/// <summary>Runs the whole suite, through the engine the NUnit front door uses, against a stub with a given behaviour.</summary>
internal static class StubRun
{
    public static readonly RequirementCatalogue Requirements = RequirementCatalogue.Load();
    public static readonly ErrorTable Errors = ErrorTable.Load();
    public static readonly IReadOnlyList<CaseDefinition> Cases = CaseCatalogue.Load(Requirements);

    public static async Task<IReadOnlyList<CaseResult>> AllCasesAsync(StubBehaviour behaviour, string? accessToken = null)
    {
        using var stub = StubServer.Start(FixturePaths.Root, behaviour, accessToken: accessToken);
        var values = new Dictionary<string, string>(stub.Triggers) { ["Invitee"] = TargetSettings.DefaultInvitee };
        var target = new TargetSettings(stub.AddParticipantUrl, stub.AccessToken, values, TimeSpan.FromSeconds(10), EventsUrl: stub.EventsUrl, EventTimeout: TimeSpan.FromSeconds(5));
        using var session = new RunSession(target, Requirements, Errors);
        return await session.RunAllAsync(Cases);
    }

    /// <summary>The run's report, as the NUnit front door builds it.</summary>
    public static RunReport Report(IReadOnlyCollection<CaseResult> results, KnownFailures? known = null, DateOnly? today = null, bool strict = false) =>
        RunReport.Build("self-test", "the embedded stub", Requirements, Cases, results, known ?? KnownFailures.None, strict,
            today ?? DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>What the case means under the default rules (no Strict, no known failures), as every front door decides it.</summary>
    public static Disposition Decide(CaseResult result, bool strict = false) => Disposition.Of(result, strict, KnownFailures.None);

    /// <summary>What a front door prints for the case.</summary>
    public static string Describe(CaseResult result) => Decide(result).Describe("(rerun)", Repro.Curl(result));

    /// <summary>Each verdict that did not pass, as "case.format requirement outcome", for readable assertion messages.</summary>
    public static IEnumerable<string> NotPassed(IEnumerable<CaseResult> results) =>
        results.SelectMany(r => r.NotPassed.Select(v => $"{r.Name} {v.Requirement.Id} {v.Outcome}: expected {v.Expected}, seen {v.Seen} {v.Note}"));
}
