using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// Sends one case in one format and gathers its evidence: the answer(s) and, for each 201, a GET on the
/// Location in the same format. Follows only what the server returned; never builds a URL of its own.
/// </summary>
public sealed class CaseRunner(TargetSettings target, HttpTransport transport)
{
    public async Task<CaseExchange> ExchangeAsync(CaseDefinition c, WireFormat format, CancellationToken cancel = default)
    {
        var submissions = new List<Submission>();
        string accept = format.MediaType();
        for (var i = 0; i < c.Request.Times; i++)
        {
            var (request, missing) = RequestComposer.Compose(c, format, target);
            if (request is null)
                return CaseExchange.NotRun(c, format, target.AddParticipantUrl,
                    $"the target has no value for setting \"{missing}\" (configure it to exercise this case)");
            accept = request.Headers.FirstOrDefault(h => h.Key == "Accept").Value ?? accept;

            var post = await transport.SendAsync(request.Method, request.Url, request.Headers, request.Body, request.ContentType, cancel).ConfigureAwait(false);
            var get = await FollowLocationAsync(post, request, cancel).ConfigureAwait(false);
            submissions.Add(new Submission(request.SentFields, post, get));
            if (post.Failure is not null) break;
        }

        return new CaseExchange(c, format, target.AddParticipantUrl, accept, submissions);
    }

    private async Task<HttpExchange?> FollowLocationAsync(HttpExchange post, ComposedRequest request, CancellationToken cancel)
    {
        if (post.Response is not { Status: Observed.Created } created) return null;
        var location = created.Header("Location");
        // A Location on another origin is not followed: the token must not travel to another host.
        if (LocationHeaderCheck.Problem(target.AddParticipantUrl, location) is not null) return null;
        var url = Observed.Resolve(target.AddParticipantUrl, location)!;
        var headers = request.Headers.Where(h => h.Key is "Accept" or "Authorization" or "X-Conformance-Case").ToList();
        return await transport.SendAsync("GET", url, headers, null, null, cancel).ConfigureAwait(false);
    }
}
