using System.Text;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>POST on the addParticipant link: validates the input as a conforming server would, then creates an invitation.</summary>
internal sealed class AddParticipantHandler(StubState state, StubBehaviour behaviour, ListedErrors listed, ReasonWriter reasons)
{
    public ResponseMessage Handle(IRequestMessage request)
    {
        var accept = Reply.Header(request, "Accept");
        var format = Negotiation.BodyFormat(Reply.Header(request, "Content-Type"));
        if (format is null)
            return reasons.Answer(new Reason(415, "UnsupportedMediaType", null, "The content-type is not supported."), accept);

        var fields = InputReader.Read(Reply.Body(request), format);
        if (fields is null)
            return reasons.Answer(new Reason(400, "BadRequest", behaviour.MalformedSubcode, "The request body could not be deserialized."), accept);

        fields.TryGetValue("to", out var to);
        fields.TryGetValue("operationId", out var operationId);
        if (behaviour.RequireTo && string.IsNullOrEmpty(to))
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", "Please check what you entered and try again.", "to"), accept);
        if (operationId is not null && operationId.EnumerateRunes().Count() > behaviour.OperationIdLimit)
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", "Please check what you entered and try again.", "operationId"), accept);
        if (to is not null && listed.For(to) is { } error)
            return reasons.Answer(error, accept);

        var invitation = state.Create(to ?? "", operationId);
        return behaviour.SendLocation
            ? Reply.With(behaviour.CreatedStatus, headers: ("Location", invitation.Href))
            : Reply.With(behaviour.CreatedStatus);
    }
}
