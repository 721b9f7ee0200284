namespace Ucwa.Conformance.Engine.Exchanges;

/// <summary>A request as it went on the wire (the token is kept out: see <see cref="Redaction"/>).</summary>
public sealed record RecordedRequest(string Method, Uri Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body);

/// <summary>A response as it was received and read.</summary>
public sealed record RecordedResponse(int Status, string Reason, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public bool HasHeader(string name) => Header(name) is not null;

    public string? ContentType => Header("Content-Type");

    public override string ToString() => $"{Status} {Reason}";
}

/// <summary>
/// One request and what came of it: a response, or the transport failure that kept one from being read
/// (a timeout, a refused or reset connection). A failure is never judged: it makes the case inconclusive.
/// </summary>
public sealed record HttpExchange(RecordedRequest Request, RecordedResponse? Response, string? Failure);
