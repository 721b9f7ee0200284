using System.Text.RegularExpressions;
using Ucwa.Conformance.Stub.Model;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>
/// A request as the handlers read it: the path with doubled slashes collapsed (clients that build URLs as
/// root + href send <c>//ucwa/…</c> and real servers serve them: inferred), the account its token names, and
/// the negotiated answer format.
/// </summary>
internal sealed partial class StubRequest(IRequestMessage raw, Account? account)
{
    public IRequestMessage Raw { get; } = raw;

    public string Path { get; } = DoubledSlashes().Replace(raw.Path, "/");

    public Account? Account { get; } = account;

    public string? Accept => Header("Accept");

    public bool WantsXml => Negotiation.WantsXml(Accept);

    public string? ContentType => Header("Content-Type");

    public string Body => Reply.Body(Raw);

    public string? Header(string name) => Reply.Header(Raw, name);

    public string? Query(string name) =>
        Raw.Query?.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>The body's fields, null when it has a type the stub does not take or cannot be parsed; an empty body has none.</summary>
    public Dictionary<string, string?>? Fields()
    {
        if (Body.Length == 0) return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        return Negotiation.BodyFormat(ContentType) is { } format ? InputReader.Read(Body, format) : null;
    }

    /// <summary>A resource in the format Accept asks for.</summary>
    public ResponseMessage Answer(int status, StubResource resource, params (string, string)[] headers) =>
        Reply.With(status, Negotiation.ContentTypeFor(Accept), resource.Write(WantsXml), headers);

    [GeneratedRegex("/{2,}")]
    private static partial Regex DoubledSlashes();
}
