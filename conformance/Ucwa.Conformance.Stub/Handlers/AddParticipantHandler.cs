using System.Text;
using Ucwa.Conformance.Stub.Model;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>POST on the addParticipant link: validates the input as a conforming server would, then creates an invitation.</summary>
internal sealed class AddParticipantHandler(StubModel model, StubBehaviour behaviour, ListedErrors listed, ReasonWriter reasons)
{
    private const string CheckInput = "Please check what you entered and try again.";

    public ResponseMessage Handle(StubRequest request, Application application)
    {
        var accept = request.Accept;
        // The link names its conversation in the query (SendAnIM.md step 8); without one there is nothing to add to.
        if (model.ConversationWithId(application, request.Query("conversation")) is not { } conversation)
            return reasons.Answer(new Reason(404, "NotFound", null, "The conversation does not exist."), accept);
        var format = BodyFormat(request.ContentType);
        if (format is null)
        {
            var status = behaviour.UnsupportedMediaStatus;
            return reasons.Answer(new Reason(status, status == 415 ? "UnsupportedMediaType" : "BadRequest", null, "The content-type is not supported."), accept);
        }

        var fields = InputReader.Read(request.Body, format);
        if (fields is null)
        {
            var status = behaviour.MalformedStatus;
            return reasons.Answer(new Reason(status, status == 400 ? "BadRequest" : "ServiceFailure", behaviour.MalformedSubcode, "The request body could not be deserialized."), accept);
        }

        fields.TryGetValue("to", out var to);
        fields.TryGetValue("operationId", out var operationId);
        if ((behaviour.RequireTo && to is null) || (behaviour.RejectEmptyTo && to is ""))
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", CheckInput, "to"), accept);
        if ((behaviour.RequireOperationId && operationId is null) || (behaviour.RejectEmptyOperationId && operationId is "") || TooLong(operationId, format))
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", CheckInput, "operationId"), accept);
        if (to is not null && listed.For(to) is { } error && !(behaviour.ListedErrorsJsonOnly && format == "xml"))
            return reasons.Answer(error with
            {
                Status = behaviour.ListedErrorStatus ?? error.Status,
                Subcode = behaviour.ListedErrorSubcode ?? error.Subcode,
            }, accept);

        if (conversation.State == "Connected" && behaviour.Escalation.RefuseTwoParty)
            return reasons.Answer(new Reason(409, "Conflict", null, "The conversation cannot be escalated to a conference."), accept);

        var invitation = model.CreateInvitation(conversation, to ?? "", operationId);
        return behaviour.SendLocation
            ? Reply.With(behaviour.CreatedStatus, headers: ("Location", Location(invitation, request)))
            : Reply.With(behaviour.CreatedStatus);
    }

    private string? BodyFormat(string? contentType)
    {
        var format = Negotiation.BodyFormat(contentType);
        if (format == "xml" && !behaviour.AcceptXml) return null;
        if (!behaviour.AcceptVnd && contentType?.Contains("vnd.", StringComparison.OrdinalIgnoreCase) == true) return null;
        if (!behaviour.AcceptCharsetParameter && contentType?.Contains(';', StringComparison.Ordinal) == true) return null;
        return format;
    }

    private bool TooLong(string? operationId, string format)
    {
        if (operationId is null || (behaviour.OperationIdLimitJsonOnly && format != "json")) return false;
        var length = behaviour.OperationIdUnit switch
        {
            "utf8" => Encoding.UTF8.GetByteCount(operationId),
            "utf16" => operationId.Length,
            _ => operationId.EnumerateRunes().Count(),
        };
        return length > behaviour.OperationIdLimit;
    }

    private string Location(Invitation created, StubRequest request)
    {
        var href = behaviour.SameLocation ? model.First!.Href : created.Href;
        if (behaviour.BrokenLocation) href += "-gone";
        var origin = behaviour.LocationOrigin ?? (behaviour.Variety.AbsoluteLocation ? new Uri(request.Raw.Url).GetLeftPart(UriPartial.Authority) : "");
        return origin + href;
    }
}
