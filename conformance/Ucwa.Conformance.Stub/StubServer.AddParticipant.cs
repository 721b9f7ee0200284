using Ucwa.Conformance.Stub.Handlers;
using Ucwa.Conformance.Stub.Wire;

namespace Ucwa.Conformance.Stub;

// Routes: addParticipant (the resource under test), its wrong methods, and the invitations' cancel links.
public sealed partial class StubServer
{
    private void MapAddParticipant(ListedErrors listed)
    {
        var addParticipant = new AddParticipantHandler(_model, _behaviour, listed, _reasons);
        var cancel = new CancelHandler(_model, _reasons);
        AppRoute(1, "POST", "/communication/participantInvitations", async (r, a) =>
        {
            var answer = addParticipant.Handle(r, a);
            // The invitation's events are already published: holding the 201 lets them reach the client first.
            if (_behaviour.Variety.CreatedDelayMs > 0 && answer.StatusCode is 201)
                await Task.Delay(_behaviour.Variety.CreatedDelayMs).ConfigureAwait(false);
            return answer;
        });
        foreach (var method in new[] { "GET", "PUT", "DELETE", "PATCH" })
        {
            AppRoute(2, method, "/communication/participantInvitations", (r, _) => WrongMethod(r));
        }

        AppRoute(3, "POST", "/communication/participantInvitations/{id}/cancel", cancel.Handle);
    }

    private WireMock.ResponseMessage WrongMethod(StubRequest request)
    {
        if (_behaviour.WrongMethodStatus != 405)
            return _reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), request.Accept);
        var answer = _reasons.Answer(new Reason(405, "MethodNotAllowed", null, "The requested HTTP method is not supported for this resource."), request.Accept);
        if (_behaviour.SendAllow) answer.AddHeader("Allow", "POST");
        return answer;
    }
}
