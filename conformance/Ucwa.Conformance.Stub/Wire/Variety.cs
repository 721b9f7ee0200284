using System.Text.Json.Nodes;
using System.Xml.Linq;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Ucwa.Conformance.Stub.Wire;

/// <summary>
/// Rewrites an answer the way a differently built, still conformant server would write it (the
/// <see cref="VarietyBehaviour"/> knobs): Content-Type spelt otherwise, members in another order, members and
/// links the profile does not mention. Arrays keep their order (the order of events is meaningful).
/// </summary>
internal static class Variety
{
    private const string ExtraName = "vendorExtension";
    private const string ExtraLink = "vendorLink";

    public static void Apply(ResponseMessage answer, VarietyBehaviour variety)
    {
        if (answer.Headers is { } headers && variety.MediaTypeSpelling == "shouted"
            && headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)) is { Key: not null } type)
            headers[type.Key] = new WireMockList<string>(Shout(type.Value.FirstOrDefault() ?? ""));

        if (!variety.ReversedMembers && !variety.ExtraMembers) return;
        if (answer.BodyData?.BodyAsString is not { Length: > 0 } body) return;
        var rewritten = body.TrimStart()[0] switch
        {
            '{' => Json(body, variety),
            '<' => Xml(body, variety),
            _ => null,
        };
        if (rewritten is not null)
            answer.BodyData = new BodyData { BodyAsString = rewritten, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 };
    }

    /// <summary><c>application/json; charset=utf-8</c> → <c>APPLICATION/JSON ;  CHARSET="UTF-8"</c>.</summary>
    public static string Shout(string contentType)
    {
        var parts = contentType.Split(';', StringSplitOptions.TrimEntries);
        var parameters = parts.Skip(1).Select(p => p.Split('=', 2)).Select(p => p.Length == 2 ? $"{p[0].ToUpperInvariant()}=\"{p[1].Trim('"').ToUpperInvariant()}\"" : p[0]);
        return string.Join(" ;  ", parameters.Prepend(parts[0].ToUpperInvariant()));
    }

    private static string? Json(string body, VarietyBehaviour variety)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        return root is null ? null : Rewrite(root, variety, null).ToJsonString();
    }

    /// <param name="under">The member this node is the value of: <c>_links</c> and <c>_embedded</c> hold only links and resources, so nothing is added to them.</param>
    private static JsonNode Rewrite(JsonNode node, VarietyBehaviour variety, string? under)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Select(i => i is null ? null : Rewrite(i.DeepClone(), variety, null))]);
            case JsonObject o:
            {
                var members = o.Select(m => (m.Key, Value: m.Value is null ? null : Rewrite(m.Value.DeepClone(), variety, m.Key))).ToList();
                if (variety.ExtraMembers && under is not ("_links" or "_embedded"))
                {
                    members.Add((ExtraName, JsonValue.Create("stub")));
                    if (members.FirstOrDefault(m => m.Key == "_links").Value is JsonObject links)
                        links[ExtraLink] = new JsonObject { ["href"] = "/vendor/extension" };
                }

                if (variety.ReversedMembers) members.Reverse();
                var rewritten = new JsonObject();
                foreach (var (key, value) in members) rewritten[key] = value;
                return rewritten;
            }

            default:
                return node.DeepClone();
        }
    }

    private static string? Xml(string body, VarietyBehaviour variety)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(body);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }

        if (document.Root is null) return null;
        foreach (var element in document.Root.DescendantsAndSelf().ToList())
        {
            var ns = element.Name.Namespace;
            var name = element.Name.LocalName;
            if (variety.ExtraMembers && name is "resource")
                element.Add(new XElement(ns + "link", new XAttribute("rel", ExtraLink), new XAttribute("href", "/vendor/extension")),
                    new XElement(ns + "property", new XAttribute("name", ExtraName), "stub"));
            if (variety.ExtraMembers && name is "reason" or "events")
                element.Add(new XElement(ns + ExtraName, "stub"));
            // Only a resource's and a reason's children are unordered; a sender's events keep their order.
            if (variety.ReversedMembers && name is "resource" or "reason")
                element.ReplaceNodes(element.Nodes().Reverse().ToList());
        }

        return Reply.XmlDocument(document.Root);
    }
}
