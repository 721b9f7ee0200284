using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub.Events;

/// <summary>
/// The application's event channel (EventChannelDetails.md): events are kept in order; a pending GET
/// (P-GET) with <c>ack=N</c> gets every event from N on, at once or as soon as one arrives, else an empty
/// answer with just <c>next</c> after the hold time. A newer P-GET replaces a pending one, which is answered
/// 409 Conflict/PGetReplaced, as a real server does.
/// </summary>
internal sealed class EventChannel(TimeSpan hold)
{
    private readonly object _gate = new();
    private readonly List<StubEvent> _events = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _pending;

    /// <summary>Releases a held P-GET, so the server can stop without waiting out the hold.</summary>
    public void Close()
    {
        lock (_gate) _pending?.Cancel();
    }

    public void Publish(StubEvent e)
    {
        lock (_gate)
        {
            _events.Add(e);
            _arrived.TrySetResult();
            _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The events from <paramref name="ack"/> on, or null when this P-GET was replaced by a newer one.</summary>
    public async Task<IReadOnlyList<StubEvent>?> WaitAsync(int ack)
    {
        var mine = new CancellationTokenSource();
        Task arrived;
        lock (_gate)
        {
            // Cancelled and disposed only under the lock, so a replaced request's source is never used after disposal.
            _pending?.Cancel();
            _pending = mine;
            arrived = ack < _events.Count ? Task.CompletedTask : _arrived.Task;
        }

        var replaced = false;
        try
        {
            await arrived.WaitAsync(hold, mine.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            replaced = true;
        }
        catch (TimeoutException)
        {
            // The hold ended with no event: an empty answer, as the server's "timeout" does.
        }

        lock (_gate)
        {
            if (ReferenceEquals(_pending, mine)) _pending = null;
            mine.Dispose();
            return replaced ? null : _events.Skip(Math.Min(ack, _events.Count)).ToList();
        }
    }
}
