using System.Text.Json.Serialization;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Requirements;

/// <summary>
/// The profile's error tables (fixtures/error-codes.json): which <c>code</c> each HTTP status carries
/// (AP-ERR-STATUS-CODE), and which (code, subcode) pairs are listed or generic (AP-ERR-KNOWN).
/// </summary>
public sealed class ErrorTable
{
    private readonly IReadOnlyDictionary<int, IReadOnlyList<string>> _codeForStatus;
    private readonly IReadOnlyList<KnownPair> _known;

    private ErrorTable(IReadOnlyDictionary<int, IReadOnlyList<string>> codeForStatus, IReadOnlyList<KnownPair> known)
    {
        _codeForStatus = codeForStatus;
        _known = known;
    }

    /// <summary>The codes the profile allows for a status, or none when the profile does not map it.</summary>
    public IReadOnlyList<string> CodesFor(int status) =>
        _codeForStatus.TryGetValue(status, out var codes) ? codes : [];

    /// <summary>Whether (code, subcode) is listed or generic. A null subcode means absent or <c>None</c>.</summary>
    public bool IsKnown(string code, string? subcode) =>
        _known.Any(p => p.Code == code && p.Subcode == Subcodes.Normalize(subcode));

    public static ErrorTable Load(string? fixturesRoot = null)
    {
        var root = fixturesRoot ?? FixturePaths.Root;
        var file = FixtureJson.Read<ErrorCodesFile>(root, Path.Combine(root, "error-codes.json"));
        return new ErrorTable(
            file.CodeForStatus.ToDictionary(kv => int.Parse(kv.Key, System.Globalization.CultureInfo.InvariantCulture), kv => kv.Value),
            file.KnownPairs);
    }

    private sealed record KnownPair(string Code, string? Subcode, string Source);

    private sealed record ErrorCodesFile(IReadOnlyDictionary<string, IReadOnlyList<string>> CodeForStatus, IReadOnlyList<KnownPair> KnownPairs)
    {
        [JsonPropertyName("$comment")]
        public string? Comment { get; init; }
    }
}

/// <summary>UCWA writes "no subcode" as an absent member, an empty element or the literal <c>None</c>.</summary>
public static class Subcodes
{
    public static string? Normalize(string? subcode) =>
        string.IsNullOrWhiteSpace(subcode) || subcode == "None" ? null : subcode;

    public static string Show(string? subcode) => Normalize(subcode) ?? "None";
}
