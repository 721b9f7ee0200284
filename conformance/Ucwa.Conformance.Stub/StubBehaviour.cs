using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ucwa.Conformance.Stub;

/// <summary>
/// How the stub behaves: a panel of knobs whose defaults make a conforming server. A deviation fixture
/// (fixtures/deviations/*.json, member <c>stub</c>) sets one or two of them to break one rule on purpose,
/// the way a server developer who misread the documentation would.
/// </summary>
public sealed record StubBehaviour
{
    public const string UcwaNamespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    private static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    // --- Authorization ---------------------------------------------------------------------------------
    public bool RequireAuthorization { get; init; } = true;

    /// <summary>The MsRtcOAuth and Bearer WWW-Authenticate headers of a 401.</summary>
    public bool SendChallenge { get; init; } = true;

    /// <summary>Serves a bearer token it never issued as if it were the test account's (a server that checks only that a token is there).</summary>
    public bool AcceptUnissuedTokens { get; init; }

    /// <summary>The refusal of a bearer token the stub never issued: 401 with the challenge (on-premises), or 403 (as SfB Online answers).</summary>
    public int UnissuedTokenStatus { get; init; } = 401;

    // --- Request acceptance ----------------------------------------------------------------------------
    /// <summary>The status for GET, PUT, DELETE … on addParticipant.</summary>
    public int WrongMethodStatus { get; init; } = 405;

    /// <summary>A 405 names the method the resource takes in <c>Allow</c> (RFC 9110 §15.5.6).</summary>
    public bool SendAllow { get; init; } = true;

    /// <summary>
    /// Where <c>X-MS-UcwaVersion</c> goes: <c>always</c>, <c>never</c>, or <c>not-on-reads</c> (every GET of a
    /// resource answered 200, the invitation's included, goes without it).
    /// </summary>
    public string UcwaVersionHeader
    {
        get => _ucwaVersionHeader;
        init => _ucwaVersionHeader = Knob.OneOf(value, "ucwaVersionHeader", "always", "never", "not-on-reads");
    }

    private readonly string _ucwaVersionHeader = "always";

    /// <summary>Takes a body whose Content-Type has parameters (<c>application/json; charset=utf-8</c>); false: compares the whole header with the type.</summary>
    public bool AcceptCharsetParameter { get; init; } = true;

    public bool AcceptXml { get; init; } = true;

    /// <summary>Takes the application/vnd.microsoft.com.ucwa+json and +xml body types.</summary>
    public bool AcceptVnd { get; init; } = true;

    public int UnsupportedMediaStatus { get; init; } = 415;

    public int MalformedStatus { get; init; } = 400;

    /// <summary>The subcode of the answer to a body that cannot be parsed.</summary>
    public string MalformedSubcode { get; init; } = "DeserializationFailure";

    public bool RequireTo { get; init; } = true;

    public bool RejectEmptyTo { get; init; } = true;

    public bool RequireOperationId { get; init; }

    /// <summary>An empty operationId is refused as a bad parameter (a server that treats "" as too short).</summary>
    public bool RejectEmptyOperationId { get; init; }

    /// <summary>The longest operationId accepted.</summary>
    public int OperationIdLimit { get; init; } = 50;

    /// <summary>What the limit counts: <c>characters</c> (Unicode scalar values), <c>utf16</c> code units (.NET's string length) or <c>utf8</c> bytes.</summary>
    public string OperationIdUnit { get; init; } = "characters";

    /// <summary>The limit is enforced on JSON bodies only.</summary>
    public bool OperationIdLimitJsonOnly { get; init; }

    // --- Listed errors -----------------------------------------------------------------------------------
    /// <summary>A subcode written instead of the listed one.</summary>
    public string? ListedErrorSubcode { get; init; }

    /// <summary>A status answered instead of the listed one.</summary>
    public int? ListedErrorStatus { get; init; }

    /// <summary>The triggers work on JSON requests only; XML ones create an invitation.</summary>
    public bool ListedErrorsJsonOnly { get; init; }

    // --- 201 and Location --------------------------------------------------------------------------------
    /// <summary>The status of a successful addParticipant.</summary>
    public int CreatedStatus { get; init; } = 201;

    public bool SendLocation { get; init; } = true;

    /// <summary>An origin put before the Location path (e.g. another host).</summary>
    public string? LocationOrigin { get; init; }

    /// <summary>Every 201 carries the first invitation's Location.</summary>
    public bool SameLocation { get; init; }

    /// <summary>The Location leads nowhere (404).</summary>
    public bool BrokenLocation { get; init; }

    // --- The participantInvitation -------------------------------------------------------------------------
    public bool EchoOperationId { get; init; } = true;

    /// <summary>The operationId is cut to this many characters in the invitation.</summary>
    public int? TruncateOperationIdTo { get; init; }

    public bool EchoTo { get; init; } = true;

    public string InvitationRel { get; init; } = "participantInvitation";

    /// <summary>The self link points at another invitation.</summary>
    public bool WrongSelfLink { get; init; }

    public string InvitationDirection { get; init; } = "Outgoing";

    public bool InvitationCancelLink { get; init; } = true;

    /// <summary><c>negotiated</c> (by Accept), or <c>json</c>: the invitation's GET answers JSON whatever Accept asks for.</summary>
    public string InvitationFormat
    {
        get => _invitationFormat;
        init => _invitationFormat = Knob.OneOf(value, "invitationFormat", "negotiated", "json");
    }

    private readonly string _invitationFormat = "negotiated";

    /// <summary>Content-Type written on the invitation's GET instead of the negotiated one (a mislabelled body).</summary>
    public string? InvitationContentType { get; init; }

    /// <summary>The state of a new invitation while the invitee has not answered (Alerting is as conformant as Connecting).</summary>
    public string InvitationState { get; init; } = "Connecting";

    // --- Error bodies ------------------------------------------------------------------------------------
    /// <summary><c>negotiated</c> (by Accept), or always <c>json</c> or <c>xml</c>.</summary>
    public string ErrorFormat { get; init; } = "negotiated";

    /// <summary>Content-Type written for error bodies instead of the negotiated one.</summary>
    public string? ErrorContentType { get; init; }

    public string ErrorXmlRoot { get; init; } = "reason";

    /// <summary>The namespace of XML error bodies.</summary>
    public string ErrorXmlNamespace { get; init; } = UcwaNamespace;

    public bool OmitErrorCode { get; init; }

    public bool OmitErrorMessage { get; init; }

    /// <summary>Written as the message of every error body instead of its own (servers word messages freely).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>A member (JSON) or element (XML) the profile does not mention, added to every error body.</summary>
    public string? ErrorExtraMember { get; init; }

    /// <summary>No <c>parameters</c> in 400 ParameterValidationFailure bodies.</summary>
    public bool OmitErrorParameters { get; init; }

    /// <summary>Codes written for a status instead of the right one, e.g. <c>{"409": "BadRequest"}</c>.</summary>
    public IReadOnlyDictionary<string, string> CodeForStatus { get; init; } = new Dictionary<string, string>();

    // --- Events ------------------------------------------------------------------------------------------
    public bool SendStartedEvent { get; init; } = true;

    /// <summary>
    /// How long after the invitee accepted (and appeared in the roster) the server reports the invitation
    /// completed; -1: never (a server that never reports the outcome).
    /// </summary>
    public int CompleteAfterMs { get; init; }

    /// <summary>An invitation nobody answers fails after this long (about 30 s, participantInvitation_ref.md).</summary>
    public int UnansweredAfterMs { get; init; } = 30_000;

    /// <summary>The person invited (by addParticipant or startMessaging): how and when they answer.</summary>
    public InviteeBehaviour Invitee { get; init; } = new();

    public bool CompletedStatus { get; init; } = true;

    /// <summary>The invitee appears in the roster with a participant added event (sender the conversation) before the invitation succeeds.</summary>
    public bool SendParticipantAddedEvent { get; init; } = true;

    /// <summary>How addParticipant treats a two-party conversation ("will first escalate … and will then invite").</summary>
    public EscalationBehaviour Escalation { get; init; } = new();

    /// <summary>An <c>updated</c> event for the invitation between started and completed, as the reference describes the sequence.</summary>
    public bool InvitationUpdatedEvent { get; init; }

    /// <summary>Appended to the invitation href in event links (the events name another resource).</summary>
    public string EventHrefSuffix { get; init; } = "";

    /// <summary>The operationId embedded in events, instead of the one sent.</summary>
    public string? EventOperationId { get; init; }

    public string EventSender { get; init; } = "communication";

    /// <summary><c>negotiated</c> (by Accept), or <c>json</c>: the event channel answers JSON whatever Accept asks for.</summary>
    public string EventFormat
    {
        get => _eventFormat;
        init => _eventFormat = Knob.OneOf(value, "eventFormat", "negotiated", "json");
    }

    private readonly string _eventFormat = "negotiated";

    /// <summary>Content-Type written on the event channel's answers instead of the negotiated one (a mislabelled body).</summary>
    public string? EventContentType { get; init; }

    /// <summary>
    /// How long a pending event GET is held when no event comes and the client gave no <c>timeout</c>
    /// (documented default 180 s; a client's <c>timeout</c>, 180 to 1800 s, takes its place).
    /// </summary>
    public int EventHoldMs { get; init; } = 180_000;

    // --- The conversation (sign-in flow) ------------------------------------------------------------------
    /// <summary>The Conferenced conversation links addParticipant.</summary>
    public bool ConversationOffersAddParticipant { get; init; } = true;

    // --- Transport ----------------------------------------------------------------------------------------
    public TransportBehaviour Transport { get; init; } = new();

    /// <summary>Conformant choices a real server may make where the profile leaves them free (fixtures/variants/).</summary>
    public VarietyBehaviour Variety { get; init; } = new();

    // --- Timing ------------------------------------------------------------------------------------------
    /// <summary>Added before every answer, to measure how a client copes with a distant server (benchmarks).</summary>
    public int LatencyMs { get; init; }

    public static StubBehaviour FromJson(string json) =>
        JsonSerializer.Deserialize<StubBehaviour>(json, Strict) ?? new StubBehaviour();
}

/// <summary>
/// The invitee's answer, counted from the invitation (never from what the inviter reads): <c>accept</c> or
/// <c>decline</c> after <see cref="AnswerAfterMs"/>, or <c>never</c> (the server then fails the invitation after
/// <see cref="StubBehaviour.UnansweredAfterMs"/>).
/// </summary>
public sealed record InviteeBehaviour
{
    public static readonly string[] Answers = ["accept", "decline", "never"];

    private readonly string _answer = "accept";

    public string Answer
    {
        get => _answer;
        init => _answer = Knob.OneOf(value, "invitee answer", Answers);
    }

    /// <summary>
    /// 200 ms: as an answering test account does, it answers after the inviter has read the invitation in
    /// progress, mostly; no verdict or snapshot row depends on it (SnapshotTests), and the run waits for it.
    /// </summary>
    public int AnswerAfterMs { get; init; } = 200;
}

/// <summary>
/// addParticipant on a two-party (Connected) conversation: by default the conversation is escalated at once
/// (updated Conferencing, then Conferenced) and then the contact is invited. Each knob breaks that one way.
/// </summary>
public sealed record EscalationBehaviour
{
    /// <summary>False: the conversation stays Connected while the invitation proceeds.</summary>
    public bool Escalate { get; init; } = true;

    /// <summary>Refuse addParticipant on a two-party conversation with 409 Conflict (no subcode).</summary>
    public bool RefuseTwoParty { get; init; }

    /// <summary>Escalate only after the invitation completed (completed Success before Conferenced).</summary>
    public bool AfterCompletion { get; init; }

    /// <summary>Escalate into a new conversation resource (the invitation links it); the two-party one stays Connected.</summary>
    public bool IntoNewConversation { get; init; }
}

/// <summary>
/// Spellings and shapes the profile and HTTP allow, which a judge must accept: each knob makes the stub answer
/// differently but no less conformantly (a conformant variant sets one; the self-tests expect every requirement passed).
/// </summary>
public sealed record VarietyBehaviour
{
    public static readonly string[] Spellings = ["plain", "shouted"];

    private readonly string _mediaTypeSpelling = "plain";

    /// <summary>
    /// <c>plain</c> (<c>application/json; charset=utf-8</c>) or <c>shouted</c>: every Content-Type in upper case,
    /// spaces around the semicolon, the parameter value quoted (<c>APPLICATION/JSON ;  CHARSET="UTF-8"</c>): media type
    /// names and parameter names are case-insensitive and the value may be a quoted string (RFC 9110 §8.3.1, §5.6.6).
    /// </summary>
    public string MediaTypeSpelling
    {
        get => _mediaTypeSpelling;
        init => _mediaTypeSpelling = Knob.OneOf(value, "media type spelling", Spellings);
    }

    /// <summary>Every JSON object's members and every XML resource's and reason's children in reverse order (self link last).</summary>
    public bool ReversedMembers { get; init; }

    /// <summary>A property and a link the profile does not mention on every resource and event answer, and a member on every error.</summary>
    public bool ExtraMembers { get; init; }

    /// <summary>The 201's Location as an absolute URL on the request's origin instead of a server-relative path.</summary>
    public bool AbsoluteLocation { get; init; }

    /// <summary>Holds each 201 this long after the invitation's events were published, so they reach the client first.</summary>
    public int CreatedDelayMs { get; init; }
}

/// <summary>How answers travel.</summary>
public sealed record TransportBehaviour
{
    /// <summary>Bodies sent with Transfer-Encoding: chunked instead of Content-Length (to test a client's tolerance of both).</summary>
    public bool Chunked { get; init; }
}

/// <summary>A knob that takes one of a few words: any other value is refused with the knob's name and the words it takes.</summary>
internal static class Knob
{
    public static string OneOf(string value, string knob, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new ArgumentException($"{knob} \"{value}\" is not one of {string.Join(", ", allowed)}");
}
