using System.Net.Sockets;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>The target's host cannot be reached: no case can say anything, so the run stops with this one message.</summary>
public sealed class TargetUnreachableException(Uri target, string cause)
    : Exception($"The target {target.GetLeftPart(UriPartial.Path)} cannot be reached ({cause}). No case was run: check TargetUrl (UCWA_TARGET_URL) and the network.");

/// <summary>
/// One check before the cases: can a connection be opened to the target's host and port at all? A stalled
/// server passes (its cases become inconclusive one by one); a closed port or an unknown host stops the run.
/// </summary>
public static class Preflight
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(4);

    public static async Task EnsureReachableAsync(Uri target, CancellationToken cancel = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(Limit);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(target.DnsSafeHost, target.Port, deadline.Token).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new TargetUnreachableException(target, e.SocketErrorCode.ToString());
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new TargetUnreachableException(target, $"no connection within {Limit.TotalSeconds:0} s");
        }
    }
}
