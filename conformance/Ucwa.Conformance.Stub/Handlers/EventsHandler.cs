using System.Globalization;
using Ucwa.Conformance.Stub.Events;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>The event channel's P-GET: <c>events?ack=N</c>, answered with the events from N on and the next link.</summary>
internal sealed class EventsHandler(StubState state, ReasonWriter reasons, EventWriter writer)
{
    public async Task<ResponseMessage> HandleAsync(IRequestMessage request)
    {
        var accept = Reply.Header(request, "Accept");
        var ack = request.Query?.TryGetValue("ack", out var values) == true
                  && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

        var events = await state.Events.WaitAsync(ack).ConfigureAwait(false);
        if (events is null)
            return reasons.Answer(new Reason(409, "Conflict", "PGetReplaced", "A newer event request replaced this one."), accept);

        var self = $"{state.EventsPath}?ack={ack}";
        var next = $"{state.EventsPath}?ack={ack + events.Count}";
        var xml = Negotiation.WantsXml(accept);
        return Reply.With(200, Negotiation.ContentTypeFor(accept), writer.Write(self, next, state.CommunicationHref, events, xml));
    }
}
