using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>
/// A text that is either the same for both formats (a JSON string in the fixture) or given per format
/// (<c>{"json": "…", "xml": "…"}</c>).
/// </summary>
[JsonConverter(typeof(PerFormatConverter))]
public sealed record PerFormat(string? Json, string? Xml)
{
    public string? For(WireFormat format) => format == WireFormat.Json ? Json : Xml;

    private sealed class PerFormatConverter : JsonConverter<PerFormat>
    {
        public override PerFormat Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                var both = reader.GetString();
                return new PerFormat(both, both);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("expected a string, or an object with \"json\" and \"xml\" strings");

            string? json = null, xml = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                var value = reader.TokenType == JsonTokenType.String
                    ? reader.GetString()
                    : throw new JsonException($"\"{name}\" must be a string");
                switch (name)
                {
                    case "json": json = value; break;
                    case "xml": xml = value; break;
                    default: throw new JsonException($"unknown format \"{name}\" (use \"json\" or \"xml\")");
                }
            }

            return new PerFormat(json, xml);
        }

        public override void Write(Utf8JsonWriter writer, PerFormat value, JsonSerializerOptions options) =>
            throw new NotSupportedException("fixtures are only read");
    }
}
