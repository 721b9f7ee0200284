using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Exchanges;

/// <summary>
/// One sending of a case's request and, when it created an invitation, the GET of its Location (in the
/// same format), the events seen for it (when the case awaits them), the conversation's timeline (when
/// the case awaits them), and the cancel that withdrew it.
/// <see cref="SentFields"/> holds the field values as sent, for echo checks.
/// </summary>
public sealed record Submission(
    IReadOnlyDictionary<string, string> SentFields,
    HttpExchange Post,
    HttpExchange? InvitationGet,
    EventsSeen? Events = null,
    HttpExchange? Cancel = null,
    ConversationTimeline? Conversation = null)
{
    public RecordedResponse? Response => Post.Response;
}

/// <summary>Everything a case produced in one format: the evidence its checks judge.</summary>
public sealed record CaseExchange(
    CaseDefinition Case,
    WireFormat Format,
    Uri TargetUrl,
    string AcceptSent,
    IReadOnlyList<Submission> Submissions,
    string? NotExercised = null,
    string? SetupFault = null)
{
    public Submission Primary => Submissions[0];

    /// <summary>Why the target gave nothing to judge (a failed set-up step, timeout, transport failure, throttling), or null.</summary>
    public string? TargetFault => SetupFault ??
        Submissions.SelectMany(s => new[] { s.Post, s.InvitationGet }).OfType<HttpExchange>()
            .Select(x => x.Failure).FirstOrDefault(f => f is not null);

    /// <summary>The reason nothing can be judged (missing configuration, or a target fault), or null.</summary>
    public string? Inconclusive => NotExercised ?? TargetFault;

    public static CaseExchange NotRun(CaseDefinition c, WireFormat format, Uri target, string reason) =>
        new(c, format, target, format.MediaType(), [], reason);

    /// <summary>A case whose conversation could not be set up on the server: inconclusive, a target fault.</summary>
    public static CaseExchange SetupFailed(CaseDefinition c, WireFormat format, Uri target, string problem) =>
        new(c, format, target, format.MediaType(), [], SetupFault: problem);
}

/// <summary>What the checks of one case in one format see: its own exchange and, for parity, the other format's.</summary>
public sealed record Evidence(CaseExchange Own, CaseExchange? Counterpart);
