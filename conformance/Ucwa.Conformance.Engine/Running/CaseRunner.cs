using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// Sends one case in one format and gathers its evidence: the answer(s); for each 201, a GET on the
/// Location in the same format; the invitation's events when the case awaits them; and, as a good citizen
/// on a real server, a POST on the invitation's cancel link when nothing awaits its completion. Follows
/// only what the server returned, and only on the target's origin; never builds a URL of its own.
/// </summary>
public sealed class CaseRunner(TargetSettings target, HttpTransport transport, EventPump? events)
{
    public const string EventRequirementPrefix = "AP-EVENT-";

    public async Task<CaseExchange> ExchangeAsync(CaseDefinition c, WireFormat format, CancellationToken cancel = default)
    {
        var awaitsEvents = c.Requirements.Any(r => r.StartsWith(EventRequirementPrefix, StringComparison.Ordinal));
        var submissions = new List<Submission>();
        var accept = format.MediaType();
        for (var i = 0; i < c.Request.Times; i++)
        {
            var (request, missing) = RequestComposer.Compose(c, format, target);
            if (request is null)
                return CaseExchange.NotRun(c, format, target.AddParticipantUrl,
                    $"the target has no value for setting \"{missing}\" (configure it to exercise this case)");
            accept = request.Headers.FirstOrDefault(h => h.Key == "Accept").Value ?? accept;

            var post = await transport.SendAsync(request.Method, request.Url, request.Headers, request.Body, request.ContentType, cancel).ConfigureAwait(false);
            var location = CreatedLocation(post);
            var get = location is null ? null : await transport.SendAsync("GET", location, Forwarded(request), null, null, cancel).ConfigureAwait(false);
            var seen = location is not null && awaitsEvents && events is not null
                ? await events.CollectAsync(location, HasCompleted, target.EventWait, cancel).ConfigureAwait(false)
                : null;
            var withdrawn = get is not null && !awaitsEvents ? await CancelAsync(get, format, request, cancel).ConfigureAwait(false) : null;
            submissions.Add(new Submission(request.SentFields, post, get, seen, withdrawn));
            if (post.Failure is not null) break;
        }

        return new CaseExchange(c, format, target.AddParticipantUrl, accept, submissions);
    }

    private static bool HasCompleted(IReadOnlyList<ObservedEvent> events) => events.Any(e => e.Type == "completed");

    /// <summary>The Location of a 201, resolved; null when there is none or it leads off the target's origin (the token stays home).</summary>
    private Uri? CreatedLocation(HttpExchange post)
    {
        if (post.Response is not { Status: Observed.Created } created) return null;
        var location = created.Header("Location");
        return LocationHeaderCheck.Problem(target.AddParticipantUrl, location) is null ? Observed.Resolve(target.AddParticipantUrl, location) : null;
    }

    private async Task<HttpExchange?> CancelAsync(HttpExchange get, WireFormat format, ComposedRequest request, CancellationToken cancel)
    {
        if (get.Response is not { Status: 200 } ok) return null;
        var (view, _) = InvitationView.Read(ok.Body, format);
        var href = view?.Links.GetValueOrDefault("cancel");
        if (href is null || LocationHeaderCheck.Problem(target.AddParticipantUrl, href) is not null) return null;
        return await transport.SendAsync("POST", Observed.Resolve(target.AddParticipantUrl, href)!, Forwarded(request), null, null, cancel).ConfigureAwait(false);
    }

    private static List<KeyValuePair<string, string>> Forwarded(ComposedRequest request) =>
        [.. request.Headers.Where(h => h.Key is "Accept" or "Authorization" or "X-Conformance-Case")];
}
