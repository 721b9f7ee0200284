namespace Ucwa.Conformance.Stub.Events;

/// <summary>What a pending GET (P-GET) on the event channel is answered with.</summary>
internal abstract record ChannelAnswer
{
    /// <summary>Response number <paramref name="Number"/>: its events (none: an idle answer), next is Number + 1.</summary>
    public sealed record Events(int Number, IReadOnlyList<StubEvent> List) : ChannelAnswer;

    /// <summary>A newer P-GET took this one's place: 409 Conflict/PGetReplaced.</summary>
    public sealed record Replaced : ChannelAnswer;

    /// <summary>The ack was out of order: only a resync link, to the first unacknowledged response.</summary>
    public sealed record Resync(int Number) : ChannelAnswer;

    /// <summary>The application was deleted: 404 ApplicationNotFound.</summary>
    public sealed record Gone : ChannelAnswer;
}

/// <summary>
/// One application's event channel (EventChannelDetails.md, events_ref.md). <c>ack=N</c> is a response number:
/// the application's events link asks for response 1, and each answer's next link for the following one;
/// asking for N + 1 acknowledges response N, so each event is sent exactly once, and asking for N again
/// gets response N again (the client lost it). A P-GET is held until events arrive or its timeout passes
/// (the client's <c>timeout</c> in seconds, 180 to 1800, remembered for later requests; else the server's own
/// hold), then answered with no events, only next. A newer P-GET replaces a held one, which is answered
/// 409 Conflict/PGetReplaced; any other ack gets a resync link.
/// </summary>
internal sealed class EventChannel(TimeSpan defaultHold)
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromSeconds(1800);

    private readonly object _gate = new();
    private readonly List<StubEvent> _pending = [];
    private IReadOnlyList<StubEvent> _lastSent = [];
    private int _issued; // the number of the last response sent (0: none yet)
    private TimeSpan? _clientTimeout;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _held;
    private bool _closed;

    /// <summary>Idle answers sent so far (a hold that ran out with no event).</summary>
    public int IdleAnswers { get; private set; }

    public void Publish(StubEvent e)
    {
        lock (_gate)
        {
            if (_closed) return;
            _pending.Add(e);
            _arrived.TrySetResult();
            _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Drops the events not yet sent (the pre-made application's: another client read them before handing it over).</summary>
    public void DiscardPending()
    {
        lock (_gate) _pending.Clear();
    }

    /// <summary>The application is gone (or the server stops): a held P-GET is released now, and every later one is answered Gone.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _held?.Cancel();
        }
    }

    /// <param name="ack">The response number asked for.</param>
    /// <param name="timeoutSeconds">The <c>timeout</c> query parameter, when given.</param>
    public async Task<ChannelAnswer> WaitAsync(int ack, int? timeoutSeconds)
    {
        var mine = new CancellationTokenSource();
        Task arrived;
        TimeSpan hold;
        lock (_gate)
        {
            if (_closed) return new ChannelAnswer.Gone();
            // One pending P-GET per application. Cancelled and disposed only under the lock.
            _held?.Cancel();
            _held = null;
            if (timeoutSeconds is { } seconds)
                _clientTimeout = TimeSpan.FromSeconds(Math.Clamp(seconds, MinTimeout.TotalSeconds, MaxTimeout.TotalSeconds));
            if (ack == _issued && _issued > 0) return new ChannelAnswer.Events(_issued, _lastSent);
            if (ack != _issued + 1) return new ChannelAnswer.Resync(Math.Max(_issued, 1));
            _held = mine;
            arrived = _pending.Count > 0 ? Task.CompletedTask : _arrived.Task;
            hold = _clientTimeout ?? defaultHold;
        }

        var cancelled = false;
        try
        {
            await arrived.WaitAsync(hold, mine.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }
        catch (TimeoutException)
        {
            // The hold ended with no event: an idle answer, with just next.
        }

        lock (_gate)
        {
            if (ReferenceEquals(_held, mine)) _held = null;
            mine.Dispose();
            if (cancelled) return _closed ? new ChannelAnswer.Gone() : new ChannelAnswer.Replaced();
            _lastSent = [.. _pending];
            _pending.Clear();
            _issued = ack;
            if (_lastSent.Count == 0) IdleAnswers++;
            return new ChannelAnswer.Events(ack, _lastSent);
        }
    }
}
