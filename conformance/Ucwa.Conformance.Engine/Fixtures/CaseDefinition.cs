using System.Text.Json.Serialization;

namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>
/// One conformance case, as read from <c>fixtures/cases/&lt;id&gt;.json</c> (format in fixtures/README.md). It
/// declares what it needs: the <see cref="Conversation"/> it runs on, and whether the runner waits for the
/// invitation's completion on the event channel (<see cref="AwaitsCompletion"/>) instead of withdrawing it.
/// </summary>
public sealed record CaseDefinition(
    string Id,
    string Summary,
    IReadOnlyList<string> Requirements,
    RequestDefinition Request,
    Expectation Expect,
    IReadOnlyList<WireFormat>? Formats = null,
    ConversationKind Conversation = ConversationKind.Meeting,
    bool AwaitsCompletion = false,
    EventChannel EventChannel = EventChannel.Shared)
{
    public IReadOnlyList<WireFormat> FormatsToRun => Formats ?? WireFormats.All;

    /// <summary>The case's name in one format, <c>&lt;id&gt;.&lt;json|xml&gt;</c>: its NUnit test name, filter and report row.</summary>
    public string NameIn(WireFormat format) => $"{Id}.{format.Name()}";

    public override string ToString() => Id;
}

/// <summary>
/// The conversation a case posts addParticipant on: the run's shared ad hoc meeting (a conference from the
/// start), or a fresh two-party conversation of its own, set up with the peer account (an escalated
/// conversation is no longer two-party, so none is shared).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConversationKind>))]
public enum ConversationKind
{
    [JsonStringEnumMemberName("meeting")] Meeting,
    [JsonStringEnumMemberName("two-party")] TwoParty,
}

/// <summary>
/// What a case sends. Everything is optional; the defaults make a plain POST in the case's format.
/// <see cref="Probes"/>, when given, sends the request once per probe, each probe's fields over <see cref="Fields"/>
/// (several values judged together, e.g. the unit a length limit counts).
/// </summary>
public sealed record RequestDefinition(
    string Method = "POST",
    IReadOnlyDictionary<string, FieldValue>? Fields = null,
    PerFormat? Body = null,
    PerFormat? ContentType = null,
    PerFormat? Accept = null,
    IReadOnlyList<string>? OmitHeaders = null,
    int Times = 1,
    TokenKind Token = TokenKind.Issued,
    IReadOnlyList<IReadOnlyDictionary<string, FieldValue>>? Probes = null)
{
    /// <summary>How many requests the case sends: one per probe, or <see cref="Times"/>.</summary>
    public int Sends => Probes?.Count ?? Times;

    /// <summary>The fields of the <paramref name="send"/>th request: the probe's over the case's.</summary>
    public IReadOnlyDictionary<string, FieldValue>? FieldsOf(int send)
    {
        if (Probes is null || send >= Probes.Count) return Fields;
        var merged = new Dictionary<string, FieldValue>(Fields ?? new Dictionary<string, FieldValue>(), StringComparer.Ordinal);
        foreach (var (name, value) in Probes[send]) merged[name] = value;
        return merged;
    }
}

/// <summary>
/// The bearer token a case sends: the target's (<c>issued</c>), or one the server never issued
/// (<c>unissued</c>: fresh random text of a token's shape, never the real one), to see it refused.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenKind>))]
public enum TokenKind
{
    [JsonStringEnumMemberName("issued")] Issued,
    [JsonStringEnumMemberName("unissued")] Unissued,
}

/// <summary>
/// The answer a conforming server gives. A subcode of <c>None</c> also matches an absent subcode.
/// Which requirement judges which part is the check's business (Checks/).
/// </summary>
public sealed record Expectation(
    int Status,
    string? Code = null,
    IReadOnlyList<string>? Subcodes = null,
    string? Parameter = null);

/// <summary>
/// The event channel a case's events are read from: the run's one channel, read in JSON (<c>shared</c>), or a
/// channel read in the case's own format (<c>case-format</c>): in the XML run, an application of its own whose
/// channel is read in XML (a two-party case: a conversation started from that application), so that the
/// requirements judged on events are judged in XML on events the server sent as XML.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventChannel>))]
public enum EventChannel
{
    [JsonStringEnumMemberName("shared")] Shared,
    [JsonStringEnumMemberName("case-format")] CaseFormat,
}
