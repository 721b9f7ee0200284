using System.Globalization;
using Ucwa.Conformance.Stub.Events;
using Ucwa.Conformance.Stub.Model;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>The event channel's P-GET, <c>events?ack=N[&amp;timeout=S]</c> (EventChannelDetails.md, events_ref.md).</summary>
internal sealed class EventsHandler(ReasonWriter reasons, EventWriter writer, StubBehaviour behaviour)
{
    public async Task<ResponseMessage> HandleAsync(StubRequest request, Application application)
    {
        var ack = Number(request.Query("ack")) ?? 1;
        var answer = await application.Events.WaitAsync(ack, Number(request.Query("timeout"))).ConfigureAwait(false);
        string Href(int n) => $"{application.EventsHref}?ack={n}";
        var xml = behaviour.EventFormat == "negotiated" && request.WantsXml;
        var contentType = behaviour.EventContentType ?? (behaviour.EventFormat == "negotiated" ? Negotiation.ContentTypeFor(request.Accept) : Negotiation.Json + "; charset=utf-8");
        return answer switch
        {
            ChannelAnswer.Events e => Reply.With(200, contentType,
                writer.Write(Href(e.Number), Href(e.Number + 1), null, e.List, xml)),
            ChannelAnswer.Resync r => Reply.With(200, contentType,
                writer.Write(Href(ack), null, Href(r.Number), [], xml)),
            ChannelAnswer.Replaced => reasons.Answer(new Reason(409, "Conflict", "PGetReplaced", "A newer event request replaced this one."), request.Accept),
            _ => reasons.Answer(new Reason(404, "NotFound", "ApplicationNotFound", "The application does not exist."), request.Accept),
        };
    }

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
