using System.Text.Json;
using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub;

/// <summary>The errors listed for addParticipant and the <c>to</c> values that provoke them (fixtures/stub/listed-errors.json).</summary>
internal sealed class ListedErrors
{
    private readonly Dictionary<string, Reason> _byTo;

    private ListedErrors(Dictionary<string, string> triggers, Dictionary<string, Reason> byTo)
    {
        Triggers = triggers;
        _byTo = byTo;
    }

    /// <summary>Setting name (e.g. <c>Trigger.Conflict.AlreadyExists</c>) → the <c>to</c> value that provokes it.</summary>
    public IReadOnlyDictionary<string, string> Triggers { get; }

    public Reason? For(string to) => _byTo.GetValueOrDefault(to);

    public static ListedErrors Load(string fixturesRoot)
    {
        var file = Path.Combine(fixturesRoot, "stub", "listed-errors.json");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var triggers = new Dictionary<string, string>(StringComparer.Ordinal);
            var byTo = new Dictionary<string, Reason>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in doc.RootElement.GetProperty("errors").EnumerateArray())
            {
                var to = e.GetProperty("to").GetString()!;
                using var body = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixturesRoot, e.GetProperty("body").GetString()!)));
                var b = body.RootElement;
                triggers[e.GetProperty("trigger").GetString()!] = to;
                byTo[to] = new Reason(
                    e.GetProperty("status").GetInt32(),
                    b.GetProperty("code").GetString()!,
                    b.TryGetProperty("subcode", out var s) ? s.GetString() : null,
                    b.TryGetProperty("message", out var m) ? m.GetString()! : "");
            }

            return new ListedErrors(triggers, byTo);
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{file}: cannot be used by the stub: {e.Message}", e);
        }
    }
}
