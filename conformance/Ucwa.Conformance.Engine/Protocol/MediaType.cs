using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Protocol;

/// <summary>Reads a Content-Type or Accept value the way the profile judges it.</summary>
public static class MediaType
{
    /// <summary>The media type without parameters, lower case; null for none.</summary>
    public static string? Essence(string? headerValue)
    {
        if (string.IsNullOrWhiteSpace(headerValue)) return null;
        var semicolon = headerValue.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? headerValue : headerValue[..semicolon]).Trim().ToLowerInvariant();
    }

    /// <summary>The UCWA format of a media type: application/json and the vnd +json form are JSON, likewise XML.</summary>
    public static WireFormat? FormatOf(string? headerValue) => Essence(headerValue) switch
    {
        "application/json" or UcwaSpec.VndJson => WireFormat.Json,
        "application/xml" or UcwaSpec.VndXml => WireFormat.Xml,
        _ => null,
    };

    /// <summary>The format a body looks like, whatever its Content-Type says.</summary>
    public static WireFormat? Sniff(string body)
    {
        var first = body.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (first.IsEmpty) return null;
        return first[0] switch
        {
            '{' or '[' => WireFormat.Json,
            '<' => WireFormat.Xml,
            _ => null,
        };
    }
}
