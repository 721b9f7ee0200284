using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ucwa.Conformance.Stub;

/// <summary>
/// How the stub behaves. The defaults are a conforming server; a deviation fixture
/// (fixtures/deviations/*.json, member <c>stub</c>) changes one knob to break one rule on purpose.
/// </summary>
public sealed record StubBehaviour
{
    public const string UcwaNamespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    private static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The status of a successful addParticipant.</summary>
    public int CreatedStatus { get; init; } = 201;

    public bool SendLocation { get; init; } = true;

    /// <summary>The longest operationId accepted, in characters (Unicode scalar values).</summary>
    public int OperationIdLimit { get; init; } = 50;

    public bool RequireTo { get; init; } = true;

    /// <summary>The namespace of XML error bodies.</summary>
    public string ErrorXmlNamespace { get; init; } = UcwaNamespace;

    /// <summary>The subcode of the answer to a body that cannot be parsed.</summary>
    public string MalformedSubcode { get; init; } = "DeserializationFailure";

    /// <summary>Codes written for a status instead of the right one, e.g. <c>{"409": "BadRequest"}</c>.</summary>
    public IReadOnlyDictionary<string, string> CodeForStatus { get; init; } = new Dictionary<string, string>();

    /// <summary>How long after its creation an invitation completes (the invitee answers).</summary>
    public int CompleteAfterMs { get; init; } = 200;

    /// <summary>How long a pending event GET is held when no event comes (the server's "timeout").</summary>
    public int EventHoldMs { get; init; } = 5_000;

    /// <summary>Added before every answer, to measure how a client copes with a distant server (benchmarks).</summary>
    public int LatencyMs { get; init; }

    public static StubBehaviour FromJson(string json) =>
        JsonSerializer.Deserialize<StubBehaviour>(json, Strict) ?? new StubBehaviour();
}
