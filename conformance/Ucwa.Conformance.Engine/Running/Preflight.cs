using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Ucwa.Conformance.Engine.Configuration;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>The target cannot be reached: no case can say anything, so the run stops with this one message.</summary>
public sealed class TargetUnreachableException(Uri target, Setting setting, string cause)
    : Exception($"The target {target.GetLeftPart(UriPartial.Path)} cannot be reached: {cause}. No case was run: check {setting} and the network.");

/// <summary>
/// One check before anything is sent: can a connection be opened to the target's host and port, and, for
/// https, does the TLS handshake succeed with a certificate this run trusts? A stalled server passes (its
/// cases become inconclusive one by one); an unknown host, a closed port or a TLS failure stops the run.
/// </summary>
public static class Preflight
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(4);

    /// <param name="setting">The setting the URL came from, named in the message.</param>
    public static async Task EnsureReachableAsync(Uri target, Setting setting, X509Certificate2? extraTrustedCa = null, CancellationToken cancel = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(Limit);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(target.DnsSafeHost, target.Port, deadline.Token).ConfigureAwait(false);
            if (target.Scheme == Uri.UriSchemeHttps) await HandshakeAsync(socket, target, setting, extraTrustedCa, deadline.Token).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new TargetUnreachableException(target, setting, Words(e.SocketErrorCode, target));
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new TargetUnreachableException(target, setting, $"no connection{(target.Scheme == Uri.UriSchemeHttps ? " and TLS handshake" : "")} within {Limit.TotalSeconds:0} s");
        }
    }

    private static async Task HandshakeAsync(Socket socket, Uri target, Setting setting, X509Certificate2? extraTrustedCa, CancellationToken cancel)
    {
        var problem = SslPolicyErrors.None;
        await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: false), leaveInnerStreamOpen: false, (_, certificate, _, errors) =>
        {
            problem = extraTrustedCa is not null && HttpTransport.TrustedWith(extraTrustedCa, certificate, errors) ? SslPolicyErrors.None : errors;
            return problem == SslPolicyErrors.None;
        });
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = target.DnsSafeHost }, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            throw new TargetUnreachableException(target, setting, TlsWords(problem, e));
        }
    }

    private static string TlsWords(SslPolicyErrors problem, Exception e)
    {
        var causes = new List<string>();
        if (problem.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch)) causes.Add("its certificate is for another host name");
        if (problem.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors)) causes.Add("its certificate is not trusted (expired, self-signed or an unknown CA: give the CA as CaCertificate (UCWA_CA_CERTIFICATE))");
        if (problem.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable)) causes.Add("it sent no certificate");
        if (causes.Count > 0) return "the TLS handshake failed: " + string.Join("; ", causes);
        var inner = e.InnerException is { } i ? $" ({i.Message})" : "";
        return $"the TLS handshake failed: {e.Message}{inner}; is it a plain-HTTP server (then use http://)?";
    }

    private static string Words(SocketError error, Uri target) => error switch
    {
        SocketError.HostNotFound or SocketError.NoData => $"the host name {target.Host} is unknown (DNS has no address for it)",
        SocketError.TryAgain => $"the host name {target.Host} could not be resolved (no answer from DNS, or no DNS server reachable)",
        SocketError.ConnectionRefused => $"nothing listens on port {target.Port} of {target.Host} (connection refused)",
        SocketError.TimedOut => "the connection timed out",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => $"no network route to {target.Host}",
        _ => $"the connection failed ({error})",
    };
}
