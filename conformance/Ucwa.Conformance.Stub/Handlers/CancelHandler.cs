using Ucwa.Conformance.Stub.Model;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>POST on an invitation's cancel link (cancel_ref.md): the invitation completes with failure, reason Canceled.</summary>
internal sealed class CancelHandler(StubModel model, ReasonWriter reasons)
{
    public ResponseMessage Handle(StubRequest request, Application application)
    {
        var href = request.Path[..^"/cancel".Length];
        if (model.FindInvitation(href) is null)
            return reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), request.Accept);
        model.Finish(href, "Cancelled", new Reason(0, "RemoteFailure", "Canceled", "The invitation was canceled."));
        return Reply.With(204);
    }
}
