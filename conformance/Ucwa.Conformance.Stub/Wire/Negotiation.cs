namespace Ucwa.Conformance.Stub.Wire;

/// <summary>The stub's reading of Content-Type and Accept, and the media type it answers with.</summary>
internal static class Negotiation
{
    public const string Json = "application/json";
    public const string Xml = "application/xml";
    public const string VndJson = "application/vnd.microsoft.com.ucwa+json";
    public const string VndXml = "application/vnd.microsoft.com.ucwa+xml";

    public static bool WantsXml(string? accept) => accept is not null && accept.Contains("xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Content-Type of an answer: the vnd form when the client asked for it, as real servers do.</summary>
    public static string ContentTypeFor(string? accept)
    {
        var xml = WantsXml(accept);
        var vnd = accept is not null && accept.Contains("vnd.microsoft.com.ucwa", StringComparison.OrdinalIgnoreCase);
        return (vnd ? (xml ? VndXml : VndJson) : (xml ? Xml : Json)) + "; charset=utf-8";
    }

    /// <summary>"json", "xml", or null for a body type the stub does not take.</summary>
    public static string? BodyFormat(string? contentType)
    {
        var essence = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return essence switch
        {
            Json or VndJson => "json",
            Xml or VndXml => "xml",
            _ => null,
        };
    }
}
