using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Running;
using Ucwa.Conformance.Engine.SignIn;
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
        using var transport = new HttpTransport(target.RequestTimeout, target.MaxConcurrency);
        await using var twoParty = await TwoParty.SignInAsync(stub, transport, target.EventWait);
        using var session = new RunSession(target, Requirements, Errors, twoParty: twoParty.Source, xmlChannel: twoParty.XmlChannel);
        return await session.RunAllAsync(Cases);
    }

    /// <summary>
    /// Both test accounts signed in to the stub, as a run with a peer signs them in, for the two-party cases;
    /// when the deviation breaks the sign-in itself, those cases are inconclusive with why.
    /// </summary>
    private sealed class TwoParty : IAsyncDisposable
    {
        private SignedIn? _main;
        private PeerSignedIn? _peer;
        private TwoPartyConversations? _conversations;
        private XmlChannelApplication? _xml;

        public ITwoPartySource Source { get; private set; } = new NoTwoParty(NoTwoParty.NeedsPeer);

        /// <summary>The first account's second application, whose channel is read in XML (for the XML run of events-invitation).</summary>
        public IXmlChannelSource XmlChannel { get; private set; } = new NoXmlChannel(NoXmlChannel.NeedsSignIn);

        public static async Task<TwoParty> SignInAsync(StubServer stub, HttpTransport transport, TimeSpan wait)
        {
            var two = new TwoParty();
            try
            {
                var flow = new SignInFlow(transport, wait);
                two._main = await flow.RunAsync(stub.DiscoveryUrl, stub.Username, stub.Password);
                two._peer = await flow.RunPeerAsync(stub.DiscoveryUrl, stub.PeerUsername, stub.PeerPassword);
                two.XmlChannel = two._xml = new XmlChannelApplication(flow, stub.DiscoveryUrl, stub.Username, stub.Password);
                two.Source = two._conversations = TwoPartyConversations.For(flow, two._main, two._peer, wait, two._xml);
            }
            catch (SignInException e)
            {
                two.Source = new NoTwoParty("the stub's sign-in failed: " + e.Message);
                two.XmlChannel = new NoXmlChannel("the stub's sign-in failed: " + e.Message);
            }

            return two;
        }

        public async ValueTask DisposeAsync()
        {
            if (_conversations is not null) await _conversations.LeaveAsync();
            if (_xml is not null) await _xml.LeaveAsync();
            if (_peer is not null) await _peer.LeaveAsync();
            if (_main is not null) await _main.LeaveAsync();
        }
    }

    /// <summary>The run's report, as the NUnit front door builds it.</summary>
    public static RunReport Report(IReadOnlyCollection<CaseResult> results, KnownFailures? known = null, DateOnly? today = null, bool strict = false) =>
        RunReport.Build("self-test", "the embedded stub", Requirements, Cases, results, known ?? KnownFailures.None, strict,
            today ?? DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>What the case means under the default rules (no Strict, no known failures), as every front door decides it.</summary>
    public static Disposition Decide(CaseResult result, bool strict = false) => Disposition.Of(result, strict, KnownFailures.None);

    /// <summary>What a front door prints for the case.</summary>
    public static string Describe(CaseResult result) => Decide(result).Describe("(rerun)", Repro.Curl(result));

    /// <summary>Each requirement, in each format it applies to, that no case judged passed ("AP-X in json").</summary>
    public static IEnumerable<string> NotJudgedPassed(IEnumerable<CaseResult> results)
    {
        var judgedPassed = results.SelectMany(r => r.Verdicts.Where(v => v.Outcome == Outcome.Passed).Select(v => (v.Requirement.Id, r.Format))).ToHashSet();
        return Requirements.All.SelectMany(r => r.Formats.Select(f => (r.Id, Format: f)))
            .Where(x => !judgedPassed.Contains(x)).Select(x => $"{x.Id} in {x.Format.Name()}");
    }

    /// <summary>Each verdict that did not pass, as "case.format requirement outcome", for readable assertion messages.</summary>
    public static IEnumerable<string> NotPassed(IEnumerable<CaseResult> results) =>
        results.SelectMany(r => r.NotPassed.Select(v => $"{r.Name} {v.Requirement.Id} {v.Outcome}: expected {v.Expected}, seen {v.Seen} {v.Note}"));
}
