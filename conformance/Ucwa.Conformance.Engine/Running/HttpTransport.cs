using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Net.Sockets;
using System.Text;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// Sends requests over one shared HttpClient and records each exchange. Transport faults become the
/// exchange's <see cref="HttpExchange.Failure"/>, never a verdict; redirects are not followed (a 3xx is an answer).
/// </summary>
public sealed class HttpTransport : IDisposable
{
    /// <summary>Bodies are read up to this size; a larger body is an unreadable body.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _inFlight;

    public HttpTransport(TimeSpan requestTimeout, int maxConcurrency, X509Certificate2? extraTrustedCa = null)
    {
        _timeout = requestTimeout;
        _inFlight = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = requestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = maxConcurrency + 2, // the cases' requests, and the long polls of the two accounts' event channels
        };
        if (extraTrustedCa is not null)
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => TrustedWith(extraTrustedCa, certificate, errors);
        _client = new HttpClient(handler)
        {
            Timeout = Timeout.InfiniteTimeSpan, // each request has its own deadline, below
        };
    }

    /// <param name="timeout">Instead of the per-request timeout (the event channel's long polls).</param>
    /// <param name="throttled">False for a long poll, which must not hold one of the MaxConcurrency slots.</param>
    /// <param name="bodyShown">What the record shows instead of the body (a body that holds a password).</param>
    public async Task<HttpExchange> SendAsync(
        string method, Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, string? body, string? contentType,
        CancellationToken cancel = default, TimeSpan? timeout = null, bool throttled = true, string? bodyShown = null)
    {
        var first = await SendOnceAsync(method, url, headers, body, contentType, cancel, timeout, throttled, bodyShown).ConfigureAwait(false);
        if (first.Response is not { Status: 429 } throttledAnswer) return first;

        // Throttled: one retry after Retry-After (bounded), then the case is inconclusive, not judged.
        await Task.Delay(RetryAfter(throttledAnswer), cancel).ConfigureAwait(false);
        var second = await SendOnceAsync(method, url, headers, body, contentType, cancel, timeout, throttled, bodyShown).ConfigureAwait(false);
        return second.Response is { Status: 429 }
            ? second with { Failure = $"{method} {url}: throttled (429 Too Many Requests twice, the second after the Retry-After wait)" }
            : second;
    }

    /// <summary>The longest the suite waits before retrying a throttled request.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);

    private static TimeSpan RetryAfter(RecordedResponse r)
    {
        var value = r.Header("Retry-After");
        var wait = int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
                ? at - DateTimeOffset.UtcNow
                : TimeSpan.FromSeconds(1);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
    }

    private async Task<HttpExchange> SendOnceAsync(
        string method, Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, string? body, string? contentType,
        CancellationToken cancel, TimeSpan? timeout, bool throttled, string? bodyShown)
    {
        var limit = timeout ?? _timeout;
        var recorded = new RecordedRequest(
            method,
            url,
            [.. headers.Select(h => KeyValuePair.Create(h.Key, Redaction.HeaderValue(h.Key, h.Value))),
             .. contentType is null ? [] : new[] { KeyValuePair.Create("Content-Type", contentType) }],
            bodyShown ?? body);

        using var message = new HttpRequestMessage(new HttpMethod(method), url);
        foreach (var (name, value) in headers)
            message.Headers.TryAddWithoutValidation(name, value);
        if (body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            // Set without validation: cases send deliberately odd types such as text/plain.
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        // The deadline starts once the request may go: waiting for a free slot is not the target's time.
        if (throttled) await _inFlight.WaitAsync(cancel).ConfigureAwait(false);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(limit);
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var text = await ReadBoundedAsync(response.Content, deadline.Token).ConfigureAwait(false);
            if (text is null)
                return new HttpExchange(recorded, null, $"{method} {url}: the response body is larger than {MaxBodyBytes} bytes");
            return new HttpExchange(recorded, new RecordedResponse((int)response.StatusCode, response.ReasonPhrase ?? "", AllHeaders(response), text), null);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new HttpExchange(recorded, null, $"{method} {url}: no complete answer within {limit.TotalSeconds:0.###} s{(timeout is null ? " (RequestTimeoutSeconds)" : "")}");
        }
        catch (HttpRequestException e)
        {
            // The inner exceptions carry the cause (a TLS or socket error): the outer message alone says "see inner exception".
            var cause = e.InnerException is SocketException s ? s.SocketErrorCode.ToString() : Causes(e);
            return new HttpExchange(recorded, null, $"{method} {url}: transport failure ({cause})");
        }
        finally
        {
            if (throttled) _inFlight.Release();
        }
    }

    /// <summary>The system's verdict, or, when only the chain failed, a chain built again with the extra CA as a root. Names are always checked.</summary>
    internal static bool TrustedWith(X509Certificate2 ca, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }

    private static string Causes(Exception e)
    {
        var messages = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException) messages.Add(x.Message);
        return string.Join(": ", messages.Distinct());
    }

    private static async Task<string?> ReadBoundedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        var charset = content.Headers.ContentType?.CharSet;
        var encoding = charset is null ? Encoding.UTF8 : SafeEncoding(charset);
        // A byte order mark is not part of the text (servers that write XML with a .NET XmlWriter send one):
        // kept, it would stand before the JSON object or the XML declaration and make a conformant body unreadable.
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var preamble = encoding.GetPreamble();
        if (preamble.Length > 0 && bytes.StartsWith(preamble)) bytes = bytes[preamble.Length..];
        return encoding.GetString(bytes);
    }

    private static Encoding SafeEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    private static List<KeyValuePair<string, string>> AllHeaders(HttpResponseMessage response) =>
        [.. Flatten(response.Headers), .. Flatten(response.Content.Headers)];

    private static IEnumerable<KeyValuePair<string, string>> Flatten(HttpHeaders headers) =>
        headers.NonValidated.SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key, Redaction.HeaderValue(h.Key, v))));

    public void Dispose()
    {
        _client.Dispose();
        _inFlight.Dispose();
    }
}
