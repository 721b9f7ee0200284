using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>Turns a case into the request it sends in one format, as the documentation shows requests.</summary>
public static class RequestComposer
{
    private static readonly JsonSerializerOptions BodyJson = new()
    {
        // Non-ASCII characters go on the wire as UTF-8, not as \u escapes, as browsers and SDKs send them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The request, or the name of the setting the target lacks (the case is then inconclusive).</summary>
    /// <param name="send">Which of the case's requests (a probe's index), from 0.</param>
    public static (ComposedRequest? Request, string? MissingSetting) Compose(CaseDefinition c, WireFormat format, TargetSettings target, int send = 0)
    {
        var request = c.Request;
        var fields = request.FieldsOf(send);
        var sent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields ?? new Dictionary<string, FieldValue>())
        {
            var resolved = value.Resolve(target.Values);
            if (resolved is null) return (null, ((FieldValue.Setting)value).Name);
            sent[name] = resolved;
        }

        var body = request.Body?.For(format) ?? (fields is null ? null : Serialize(sent, format));
        var contentType = body is null ? null : request.ContentType?.For(format) ?? format.MediaType();
        var omitted = new HashSet<string>(request.OmitHeaders ?? [], StringComparer.OrdinalIgnoreCase);
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Accept", request.Accept?.For(format) ?? format.MediaType()),
            new("Authorization", "Bearer " + (request.Token == TokenKind.Unissued ? UnissuedToken() : target.AccessToken)),
            new("X-Conformance-Case", c.NameIn(format)),
        };
        headers.RemoveAll(h => omitted.Contains(h.Key));
        return (new ComposedRequest(request.Method, target.AddParticipantUrl, headers, body, contentType, sent), null);
    }

    /// <summary>A token of the shape servers issue (cwt=…), random, so no server can have issued it.</summary>
    private static string UnissuedToken() => "cwt=" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    public static string Serialize(IReadOnlyDictionary<string, string> fields, WireFormat format)
    {
        if (format == WireFormat.Json)
            return JsonSerializer.Serialize(fields, BodyJson);

        var input = new XElement(UcwaSpec.Namespace + "input",
            fields.Select(f => new XElement(UcwaSpec.Namespace + "property", new XAttribute("name", f.Key), f.Value)));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Environment.NewLine + input;
    }
}
