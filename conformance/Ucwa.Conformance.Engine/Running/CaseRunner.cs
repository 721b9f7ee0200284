using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// Sends one case in one format and gathers its evidence: the answer(s); for each 201, a GET on the
/// Location in the same format; when the case awaits the completion, the invitation's events and the
/// conversation's timeline; and, as a good citizen on a real server, a POST on the invitation's cancel link
/// when nothing awaits its completion. A two-party case first gets a fresh two-party conversation from
/// <paramref name="twoParty"/>. Follows only what the server returned, and only on the target's origin;
/// never builds a URL of its own.
/// </summary>
public sealed class CaseRunner(TargetSettings target, HttpTransport transport, EventPump? events, ITwoPartySource? twoParty = null, IXmlChannelSource? xmlChannel = null)
{
    public async Task<CaseExchange> ExchangeAsync(CaseDefinition c, WireFormat format, CancellationToken cancel = default)
    {
        var on = target;
        var channel = events;
        Uri? conversation = null;
        string? stateBefore = null;
        if (c.Conversation == ConversationKind.TwoParty)
        {
            var eventsIn = c.EventChannel == EventChannel.CaseFormat ? format : WireFormat.Json;
            var opened = await (twoParty ?? new NoTwoParty(NoTwoParty.NeedsPeer)).OpenAsync(c.NameIn(format), eventsIn, cancel).ConfigureAwait(false);
            if (opened.Conversation is not { } two) return Unopened(c, format, opened.Unavailable!, opened.TargetFault);
            (on, channel, conversation, stateBefore) = (target with { AddParticipantUrl = two.AddParticipantUrl, AccessToken = two.AccessToken }, two.Events, two.Conversation, two.State);
        }
        else if (c.EventChannel == EventChannel.CaseFormat && format == WireFormat.Xml)
        {
            var opened = await (xmlChannel ?? new NoXmlChannel(NoXmlChannel.NeedsSignIn)).OpenAsync(cancel).ConfigureAwait(false);
            if (opened.Conversation is not { } xml) return Unopened(c, format, opened.Unavailable!, opened.TargetFault);
            (on, channel) = (target with { AddParticipantUrl = xml.AddParticipantUrl, AccessToken = xml.AccessToken }, xml.Events);
        }

        var submissions = new List<Submission>();
        var accept = format.MediaType();
        for (var i = 0; i < c.Request.Sends; i++)
        {
            var (request, missing) = RequestComposer.Compose(c, format, on, i);
            if (request is null)
                return CaseExchange.NotRun(c, format, on.AddParticipantUrl,
                    $"the target has no value for setting \"{missing}\" (configure it to exercise this case)");
            accept = request.Headers.FirstOrDefault(h => h.Key == "Accept").Value ?? accept;

            var requestedAt = channel?.SoFar.Events.Count ?? 0;
            var post = await transport.SendAsync(request.Method, request.Url, request.Headers, request.Body, request.ContentType, cancel).ConfigureAwait(false);
            var createdAt = DateTime.UtcNow;
            var location = CreatedLocation(on, post);
            var get = location is null ? null : await transport.SendAsync("GET", location, Forwarded(request), null, null, cancel).ConfigureAwait(false);
            var awaits = location is not null && c.AwaitsCompletion && channel is not null;
            var seen = awaits ? await channel!.CollectAsync(location!, HasCompleted, on.EventWait, cancel).ConfigureAwait(false) : null;
            var timeline = awaits
                ? await TimelineAsync(on, channel!, requestedAt, request, format, get, conversation, stateBefore, location!, createdAt, c.Conversation == ConversationKind.TwoParty, cancel).ConfigureAwait(false)
                : null;
            var withdrawn = get is not null && !c.AwaitsCompletion ? await CancelAsync(on, get, format, request, cancel).ConfigureAwait(false) : null;
            submissions.Add(new Submission(request.SentFields, post, get, seen, withdrawn, timeline));
            if (post.Failure is not null) break;
        }

        return new CaseExchange(c, format, on.AddParticipantUrl, accept, submissions);
    }

    /// <summary>A case whose conversation could not be had: a failed set-up step is the target's fault, a missing setting is not.</summary>
    private CaseExchange Unopened(CaseDefinition c, WireFormat format, string why, bool targetFault) =>
        targetFault ? CaseExchange.SetupFailed(c, format, target.AddParticipantUrl, why) : CaseExchange.NotRun(c, format, target.AddParticipantUrl, why);

    private static bool HasCompleted(IReadOnlyList<ObservedEvent> events) => events.Any(e => e.Type == "completed");

    /// <summary>
    /// The conversation's timeline: on a two-party case the conversation it set up; on the meeting, the one the
    /// invitation links to (none: no timeline). Bounded by the same wait as the invitation's events.
    /// </summary>
    private async Task<ConversationTimeline?> TimelineAsync(
        TargetSettings on, EventPump channel, int requestedAt, ComposedRequest request, WireFormat format, HttpExchange? get, Uri? conversation, string? stateBefore,
        Uri location, DateTime createdAt, bool twoParty, CancellationToken cancel)
    {
        var linked = get?.Response is { Status: 200 } ok && InvitationView.Read(ok.Body, format).View?.Links.GetValueOrDefault("conversation") is { } href
            ? Observed.Resolve(on.AddParticipantUrl, href)
            : null;
        if ((conversation ?? linked) is not { } about) return null;
        var headers = Forwarded(request).Where(h => h.Key != "Accept").Append(new("Accept", "application/json")).ToList();
        return await new TimelineCollector(transport, headers, on.AddParticipantUrl)
            .CollectAsync(channel, requestedAt, about, stateBefore, location, linked, createdAt, createdAt + on.EventWait, twoParty, cancel).ConfigureAwait(false);
    }

    /// <summary>The Location of a 201, resolved; null when there is none or it leads off the target's origin (the token stays home).</summary>
    private static Uri? CreatedLocation(TargetSettings on, HttpExchange post)
    {
        if (post.Response is not { Status: Observed.Created } created) return null;
        var location = created.Header("Location");
        return LocationHeaderCheck.Problem(on.AddParticipantUrl, location) is null ? Observed.Resolve(on.AddParticipantUrl, location) : null;
    }

    private async Task<HttpExchange?> CancelAsync(TargetSettings on, HttpExchange get, WireFormat format, ComposedRequest request, CancellationToken cancel)
    {
        if (get.Response is not { Status: 200 } ok) return null;
        var (view, _) = InvitationView.Read(ok.Body, format);
        var href = view?.Links.GetValueOrDefault("cancel");
        if (href is null || LocationHeaderCheck.Problem(on.AddParticipantUrl, href) is not null) return null;
        return await transport.SendAsync("POST", Observed.Resolve(on.AddParticipantUrl, href)!, Forwarded(request), null, null, cancel).ConfigureAwait(false);
    }

    private static List<KeyValuePair<string, string>> Forwarded(ComposedRequest request) =>
        [.. request.Headers.Where(h => h.Key is "Accept" or "Authorization" or "X-Conformance-Case")];
}
