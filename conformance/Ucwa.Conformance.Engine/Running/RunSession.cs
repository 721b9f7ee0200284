using System.Collections.Concurrent;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// One run of the suite against one target: the front door's entry to the engine. Each case is sent
/// once per format, even when the other format's parity check asks for it too.
/// </summary>
public sealed class RunSession : IDisposable
{
    private readonly ConcurrentDictionary<(string, WireFormat), Lazy<Task<CaseExchange>>> _exchanges = new();
    private readonly HttpTransport _transport;
    private readonly EventPump? _events;
    private readonly bool _ownsTransport;
    private readonly bool _ownsEvents;
    private readonly CaseRunner _runner;
    private readonly Judge _judge;

    /// <param name="transport">A transport to share (the sign-in flow's); the session then leaves it open.</param>
    /// <param name="events">An event pump already reading the application's channel (the sign-in flow's); left running.</param>
    /// <param name="twoParty">Where two-party cases get their conversations; without it they are inconclusive (no peer account).</param>
    /// <param name="xmlChannel">Where the XML runs of cases reading events in their own format get an XML channel; without it they are inconclusive.</param>
    public RunSession(TargetSettings target, RequirementCatalogue requirements, ErrorTable errors, HttpTransport? transport = null, EventPump? events = null,
        ITwoPartySource? twoParty = null, IXmlChannelSource? xmlChannel = null)
    {
        Target = target;
        Requirements = requirements;
        _ownsTransport = transport is null;
        _transport = transport ?? new HttpTransport(target.RequestTimeout, target.MaxConcurrency, target.ExtraTrustedCa);
        _ownsEvents = events is null;
        _events = events;
        if (events is null && target.EventsUrl is not null)
        {
            // JSON on the channel: one pump serves the cases of both formats (one pending GET per application).
            _events = new EventPump(target.EventsUrl, _transport,
                [new("Accept", "application/json"), new("Authorization", "Bearer " + target.AccessToken)],
                target.EventWait + target.RequestTimeout + TimeSpan.FromSeconds(180), Setting.EventsUrl);
        }

        _runner = new CaseRunner(target, _transport, _events, twoParty, xmlChannel);
        _judge = new Judge(requirements, new CheckRegistry(errors));
    }

    public TargetSettings Target { get; }

    public RequirementCatalogue Requirements { get; }

    /// <summary>Why the events link given in the settings is not one, once the channel found out; or null.</summary>
    public string? EventsProblem => _ownsEvents ? _events?.ConfigurationProblem : null;

    public async Task<CaseResult> RunAsync(CaseDefinition c, WireFormat format)
    {
        var own = await ExchangeAsync(c, format).ConfigureAwait(false);
        var counterpart = c.Requirements.Contains("AP-NEG-PARITY") && c.FormatsToRun.Contains(format.Other())
            ? await ExchangeAsync(c, format.Other()).ConfigureAwait(false)
            : null;
        return new CaseResult(c, format, _judge.Evaluate(new Evidence(own, counterpart)), own);
    }

    /// <summary>Runs every case in every format, in parallel, as the self-tests and other front doors need.</summary>
    public async Task<IReadOnlyList<CaseResult>> RunAllAsync(IEnumerable<CaseDefinition> cases) =>
        await Task.WhenAll(cases.SelectMany(c => c.FormatsToRun.Select(f => RunAsync(c, f)))).ConfigureAwait(false);

    private Task<CaseExchange> ExchangeAsync(CaseDefinition c, WireFormat format) =>
        _exchanges.GetOrAdd((c.Id, format), _ => new Lazy<Task<CaseExchange>>(() => _runner.ExchangeAsync(c, format))).Value;

    public void Dispose()
    {
        if (_ownsEvents) _events?.Dispose();
        if (_ownsTransport) _transport.Dispose();
    }
}
