namespace Ucwa.Conformance.Engine.Running;

/// <summary>A request ready to send: headers in order (Authorization included unless the case omits it).</summary>
public sealed record ComposedRequest(
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    string? ContentType,
    IReadOnlyDictionary<string, string> SentFields);
