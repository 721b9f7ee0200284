using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>
/// The value of one request field in a case. In the fixture it is one of:
/// a literal string; <c>{"repeat": "é字", "count": 25}</c>; <c>{"setting": "Invitee"}</c> (a value the
/// target's configuration supplies, such as an error trigger); <c>{"generate": "id", "length": 50}</c>
/// (fresh random hex for every request, so that accepted requests never repeat an operationId).
/// </summary>
[JsonConverter(typeof(FieldValueConverter))]
public abstract record FieldValue
{
    /// <summary>The text sent, or null when the target has no value for a setting.</summary>
    public abstract string? Resolve(IReadOnlyDictionary<string, string> settings);

    public sealed record Literal(string Value) : FieldValue
    {
        public override string Resolve(IReadOnlyDictionary<string, string> settings) => Value;
    }

    public sealed record Repeat(string Unit, int Count) : FieldValue
    {
        public override string Resolve(IReadOnlyDictionary<string, string> settings) =>
            new StringBuilder(Unit.Length * Count).Insert(0, Unit, Count).ToString();
    }

    public sealed record Setting(string Name) : FieldValue
    {
        public override string? Resolve(IReadOnlyDictionary<string, string> settings) =>
            settings.TryGetValue(Name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
    }

    public sealed record GeneratedId(int Length) : FieldValue
    {
        public override string Resolve(IReadOnlyDictionary<string, string> settings) =>
            RandomNumberGenerator.GetHexString(Length, lowercase: true);
    }

    private sealed class FieldValueConverter : JsonConverter<FieldValue>
    {
        public override FieldValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
                return new Literal(reader.GetString()!);

            using var doc = JsonDocument.ParseValue(ref reader);
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object)
                throw new JsonException("a field value is a string or an object ({\"repeat\",\"count\"}, {\"setting\"} or {\"generate\",\"length\"})");

            var names = o.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
            return string.Join(",", names) switch
            {
                "count,repeat" => new Repeat(String(o, "repeat"), Count(o, "count")),
                "setting" => new Setting(String(o, "setting")),
                "generate" or "generate,length" when String(o, "generate") == "id" =>
                    new GeneratedId(o.TryGetProperty("length", out _) ? Count(o, "length") : 32),
                _ => throw new JsonException($"unknown field value {{{string.Join(", ", names)}}}; expected {{\"repeat\",\"count\"}}, {{\"setting\"}} or {{\"generate\":\"id\",\"length\"}}"),
            };
        }

        public override void Write(Utf8JsonWriter writer, FieldValue value, JsonSerializerOptions options) =>
            throw new NotSupportedException("fixtures are only read");

        private static string String(JsonElement o, string name) =>
            o.GetProperty(name) is { ValueKind: JsonValueKind.String } e && e.GetString() is { Length: > 0 } s
                ? s
                : throw new JsonException($"\"{name}\" must be a non-empty string");

        private static int Count(JsonElement o, string name) =>
            o.GetProperty(name).TryGetInt32(out var n) && n is >= 0 and <= 100_000
                ? n
                : throw new JsonException($"\"{name}\" must be a whole number from 0 to 100000");
    }
}
