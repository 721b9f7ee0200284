using Ucwa.Conformance.Stub.Model;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>
/// Starting and leaving conversations (startOnlineMeeting_ref.md, joinOnlineMeeting_ref.md,
/// startMessaging_ref.md, conversation_ref.md). Each start makes a new conversation; the 201's Location is
/// the operation resource, and the rest is told on the event channel.
/// </summary>
internal sealed class ConversationHandler(StubModel model, ReasonWriter reasons, Action<string> log)
{
    private const string CheckInput = "Please check what you entered and try again.";

    /// <summary>
    /// POST on onlineMeetingInvitations: startOnlineMeeting (<c>?onlineMeetingUri=adhoc</c>), or joinOnlineMeeting,
    /// which without an onlineMeetingUri joins a newly created meeting; joining an existing meeting by its URI is not implemented.
    /// </summary>
    public ResponseMessage StartOnlineMeeting(StubRequest request, Application application)
    {
        if (request.Fields() is not { } fields)
            return reasons.Answer(new Reason(400, "BadRequest", "DeserializationFailure", "The request body could not be deserialized."), request.Accept);
        var uri = request.Query("onlineMeetingUri") ?? fields.GetValueOrDefault("onlineMeetingUri");
        if (uri is not (null or "" or "adhoc"))
            return reasons.Answer(new Reason(404, "NotFound", null, "The stub knows no meeting with that URI (joining scheduled meetings is not implemented)."), request.Accept);
        if (TooLong(fields, "operationId", 50) || TooLong(fields, "subject", 250))
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", CheckInput), request.Accept);
        var meeting = model.StartMeeting(application, request.Query("operationId") ?? fields.GetValueOrDefault("operationId"), fields.GetValueOrDefault("subject") ?? "");
        log("ad hoc meeting started");
        return Reply.With(201, headers: ("Location", meeting.Href));
    }

    /// <summary>POST on messagingInvitations (startMessaging): <c>to</c> is required; a new two-party conversation.</summary>
    public ResponseMessage StartMessaging(StubRequest request, Application application)
    {
        if (request.Fields() is not { } fields)
            return reasons.Answer(new Reason(400, "BadRequest", "DeserializationFailure", "The request body could not be deserialized."), request.Accept);
        var to = request.Query("to") ?? fields.GetValueOrDefault("to");
        if (string.IsNullOrEmpty(to))
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", CheckInput, "to"), request.Accept);
        if (TooLong(fields, "operationId", 50) || TooLong(fields, "subject", 250))
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", CheckInput), request.Accept);
        var invitation = model.StartMessaging(application, to, request.Query("operationId") ?? fields.GetValueOrDefault("operationId"), fields.GetValueOrDefault("subject") ?? "");
        log("messaging started");
        return Reply.With(201, headers: ("Location", invitation.Href));
    }

    /// <summary>
    /// POST on an incoming invitation's accept (accept_ref.md; no body, 204) or decline (decline_ref.md); 404
    /// when there is no such invitation or it was answered already.
    /// </summary>
    public ResponseMessage Answer(StubRequest request, Application application, bool accept)
    {
        var path = request.Path.TrimEnd('/');
        var invitation = path[..path.LastIndexOf('/')];
        if (!model.AnswerIncoming(application, invitation, accept))
            return reasons.Answer(new Reason(404, "NotFound", null, "The invitation does not exist or was answered already."), request.Accept);
        log(accept ? "invitation accepted" : "invitation declined");
        return Reply.With(204);
    }

    /// <summary>DELETE on a conversation: 204, the user leaves it.</summary>
    public ResponseMessage Leave(StubRequest request, Application application)
    {
        if (model.ConversationAt(request.Path) is not { } conversation || conversation.Application != application)
            return reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), request.Accept);
        model.LeaveConversation(conversation);
        log("conversation left");
        return Reply.With(204);
    }

    private static bool TooLong(Dictionary<string, string?> fields, string name, int limit) =>
        fields.GetValueOrDefault(name) is { } value && value.EnumerateRunes().Count() > limit;
}
