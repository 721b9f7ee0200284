using Ucwa.Conformance.Stub.Events;
using Ucwa.Conformance.Stub.Handlers;

namespace Ucwa.Conformance.Stub;

// Routes: each application's event channel.
public sealed partial class StubServer
{
    private void MapEvents()
    {
        var events = new EventsHandler(_reasons, new EventWriter(_behaviour), _behaviour);
        AppRoute(1, "GET", "/events", events.HandleAsync, missingSubcode: "ApplicationNotFound");
    }
}
