using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>GET on a participantInvitation the stub created.</summary>
internal sealed class InvitationHandler(StubState state, ReasonWriter reasons, InvitationWriter writer)
{
    public ResponseMessage Handle(IRequestMessage request)
    {
        var accept = Reply.Header(request, "Accept");
        if (state.Find(request.Path) is not { } invitation)
            return reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), accept);
        var answer = Reply.With(200, Negotiation.ContentTypeFor(accept), writer.Write(invitation, Negotiation.WantsXml(accept)));
        state.Read(invitation);
        return answer;
    }
}
