using System.Text.Json.Serialization;

namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>The two payload formats of UCWA 2.0 (PayloadFormat.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WireFormat>))]
public enum WireFormat
{
    [JsonStringEnumMemberName("json")] Json,
    [JsonStringEnumMemberName("xml")] Xml,
}

public static class WireFormats
{
    public static readonly IReadOnlyList<WireFormat> All = [WireFormat.Json, WireFormat.Xml];

    public static string Name(this WireFormat format) => format == WireFormat.Json ? "json" : "xml";

    public static WireFormat Other(this WireFormat format) => format == WireFormat.Json ? WireFormat.Xml : WireFormat.Json;

    /// <summary>The plain media type, used by popular convention (PayloadFormat.md).</summary>
    public static string MediaType(this WireFormat format) => format == WireFormat.Json ? "application/json" : "application/xml";
}
