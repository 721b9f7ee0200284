using Ucwa.Conformance.Engine.Configuration;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Engine.Events;

/// <summary>
/// The run's one reader of the application's event channel. A server holds one pending GET per
/// application and answers an older one 409 PGetReplaced, so cases never poll: this pump follows
/// <c>next</c> (or <c>resync</c>, <c>resume</c>: <see cref="EventReader.Page.Next"/>) and hands each event to
/// the cases waiting for its target. Events are kept by target href, so an event that arrives before the 201
/// (OperationResource.md) is not lost. No sleeps: waits end when an answer brings the events awaited.
/// </summary>
public sealed class EventPump : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<Uri, List<ObservedEvent>> _byHref = [];
    private readonly List<ObservedEvent> _all = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _failure;
    private ChannelFailure _failureKind;
    private readonly Setting? _given;
    private int _total;

    /// <param name="given">The setting the link came from, when the user gave it rather than the server: a first GET answered 404 then blames the setting.</param>
    public EventPump(Uri eventsUrl, HttpTransport transport, IReadOnlyList<KeyValuePair<string, string>> headers, TimeSpan pollTimeout, Setting? given = null)
    {
        EventsUrl = eventsUrl;
        _given = given;
        _loop = Task.Run(() => LoopAsync(transport, headers, pollTimeout));
    }

    public Uri EventsUrl { get; }

    /// <summary>Why the given events link is wrong (its first GET answered 404), or null: a run-level problem, named once.</summary>
    public string? ConfigurationProblem
    {
        get
        {
            lock (_gate) return _failureKind == ChannelFailure.Configuration ? _failure : null;
        }
    }

    /// <summary>Every event read so far, in the order the channel delivered them, and why the channel stopped (null while it runs).</summary>
    public (IReadOnlyList<ObservedEvent> Events, string? Failure) SoFar
    {
        get
        {
            lock (_gate) return ([.. _all], _failure);
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds for the events about <paramref name="href"/>, the channel fails, or the time runs out.</summary>
    public async Task<EventsSeen> CollectAsync(Uri href, Func<IReadOnlyList<ObservedEvent>, bool> done, TimeSpan timeout, CancellationToken cancel = default)
    {
        var started = DateTime.UtcNow;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel, _stop.Token);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var mine = _byHref.TryGetValue(href, out var list) ? list.ToList() : [];
                var others = _total - mine.Count;
                if (done(mine)) return new EventsSeen(mine, others, null, DateTime.UtcNow - started);
                if (_failure is not null) return new EventsSeen(mine, others, _failure, DateTime.UtcNow - started, _failureKind);
                if (deadline.IsCancellationRequested)
                    return new EventsSeen(mine, others, $"waited {timeout.TotalSeconds:0.#} s (EventTimeoutSeconds) without the awaited event", DateTime.UtcNow - started);
                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                // Look once more, then report the timeout.
            }
        }
    }

    /// <summary>
    /// Every event from <paramref name="from"/> on (an index into all events seen), waiting until at least one
    /// arrives, the channel fails (the problem), or the time runs out (no event, no problem); with the index
    /// to continue from.
    /// </summary>
    public async Task<(IReadOnlyList<ObservedEvent> Events, int Next, string? Problem)> NextEventsAsync(int from, TimeSpan timeout, CancellationToken cancel = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel, _stop.Token);
        deadline.CancelAfter(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_all.Count > from) return (_all.Skip(from).ToList(), _all.Count, null);
                if (_failure is not null) return ([], from, _failure);
                if (deadline.IsCancellationRequested) return ([], from, null);
                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                // Look once more, then report the timeout.
            }
        }
    }

    private async Task LoopAsync(HttpTransport transport, IReadOnlyList<KeyValuePair<string, string>> headers, TimeSpan pollTimeout)
    {
        var url = EventsUrl;
        var answers = 0;
        var accept = headers.FirstOrDefault(h => string.Equals(h.Key, "Accept", StringComparison.OrdinalIgnoreCase)).Value;
        while (!_stop.IsCancellationRequested)
        {
            var x = await transport.SendAsync("GET", url, headers, null, null, _stop.Token, pollTimeout, throttled: false).ConfigureAwait(false);
            if (_stop.IsCancellationRequested) return;
            string? problem = null;
            if (x.Response is null) problem = x.Failure;
            else if (x.Response.Status == 404 && answers == 0 && _given is not null)
            {
                Fail($"{_given} answered {x.Response} to the event channel's first GET ({url}): it is not an events link of this target; check the setting", ChannelFailure.Configuration);
                return;
            }
            else if (x.Response.Status != 200) problem = $"GET {url} answered {x.Response}: {Transcript.Bound(x.Response.Body)}";
            else
            {
                var (page, unreadable) = EventReader.Read(x.Response.Body, url);
                if (page is null) problem = unreadable;
                else if (page.Next is null) problem = $"the answer to GET {url} has no next, resync or resume link";
                else
                {
                    Publish(page.Events, new EventDelivery(++answers, accept, x.Response.ContentType, Protocol.MediaType.Sniff(x.Response.Body)));
                    url = page.Next;
                    continue;
                }
            }

            Fail("the event channel stopped: " + Redaction.Without(problem ?? "", Redaction.SecretsIn(headers)), ChannelFailure.Target);
            return;
        }
    }

    private void Publish(IReadOnlyList<ObservedEvent> page, EventDelivery delivery)
    {
        var received = DateTime.UtcNow;
        lock (_gate)
        {
            // Stamped so that checks can tell "in the same answer or earlier" and show times relative to a 201.
            foreach (var e in page.Select(e => e with { Answer = delivery.Answer, ReceivedAt = received, Delivery = delivery }))
            {
                _total++;
                _all.Add(e);
                if (e.Href is null) continue;
                if (!_byHref.TryGetValue(e.Href, out var list)) _byHref[e.Href] = list = [];
                list.Add(e);
            }

            Signal();
        }
    }

    private void Fail(string problem, ChannelFailure kind)
    {
        lock (_gate)
        {
            _failure = problem;
            _failureKind = kind;
            Signal();
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation; nothing to report at shutdown.
        }

        _stop.Dispose();
    }
}
