using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>POST on an invitation's cancel link (cancel_ref.md): the invitation completes with failure, reason Canceled.</summary>
internal sealed class CancelHandler(StubState state, ReasonWriter reasons)
{
    public ResponseMessage Handle(IRequestMessage request)
    {
        var href = request.Path[..^"/cancel".Length];
        if (state.Find(href) is null)
            return reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), Reply.Header(request, "Accept"));
        state.Finish(href, "Cancelled", new Reason(0, "RemoteFailure", "Canceled", "The invitation was canceled."));
        return Reply.With(204);
    }
}
