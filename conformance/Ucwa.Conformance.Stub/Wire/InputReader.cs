using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>Reads an input body (JSON object or XML &lt;input&gt;) into name/value pairs.</summary>
internal static class InputReader
{
    /// <summary>The fields, case-insensitive by name, or null when the body cannot be parsed.</summary>
    public static Dictionary<string, string?>? Read(string body, string format) =>
        format == "json" ? ReadJson(body) : ReadXml(body);

    /// <summary>An array field as read above: a JSON array's raw text, or XML items joined by commas.</summary>
    public static IReadOnlyList<string> List(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return [];
        if (!value.TrimStart().StartsWith('[')) return value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        try
        {
            return JsonSerializer.Deserialize<string[]>(value) ?? [];
        }
        catch (JsonException)
        {
            return [value];
        }
    }

    private static Dictionary<string, string?>? ReadJson(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in doc.RootElement.EnumerateObject())
                fields[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText();
            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, string?>? ReadXml(string body)
    {
        try
        {
            var root = XDocument.Parse(body).Root!;
            XNamespace ns = StubBehaviour.UcwaNamespace;
            if (root.Name != ns + "input") return null;
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in root.Elements(ns + "property"))
            {
                if (p.Attribute("name")?.Value is { } name) fields[name] = p.Value;
            }

            foreach (var list in root.Elements(ns + "propertyList"))
            {
                if (list.Attribute("name")?.Value is { } name) fields[name] = string.Join(",", list.Elements(ns + "item").Select(i => i.Value));
            }

            return fields;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
