using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>GET on a participantInvitation the stub created.</summary>
internal sealed class InvitationHandler(StubState state, ReasonWriter reasons, InvitationWriter writer)
{
    public ResponseMessage Handle(IRequestMessage request)
    {
        var accept = Reply.Header(request, "Accept");
        return state.Find(request.Path) is { } invitation
            ? Reply.With(200, Negotiation.ContentTypeFor(accept), writer.Write(invitation, Negotiation.WantsXml(accept)))
            : reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), accept);
    }
}
