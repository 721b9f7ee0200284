using System.Text.Json;
using System.Text.Json.Nodes;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>
/// The application and its ad hoc meeting (CreateAnApplication.md, startOnlineMeeting_ref.md,
/// conversation_ref.md): create and delete the application, start the meeting, read and leave the
/// conversation. The stub has one application and one conversation; these make them visible to a client
/// that starts from the discovery root.
/// </summary>
internal sealed class ApplicationHandler(StubState state, ReasonWriter reasons)
{
    public ResponseMessage Create(IRequestMessage request)
    {
        var accept = Reply.Header(request, "Accept");
        Dictionary<string, string?>? fields = Negotiation.BodyFormat(Reply.Header(request, "Content-Type")) is { } format
            ? InputReader.Read(Reply.Body(request), format)
            : null;
        if (fields is null)
            return reasons.Answer(new Reason(415, "UnsupportedMediaType", null, "The content-type is not supported."), accept);
        var missing = new[] { "culture", "endpointId", "userAgent" }.Where(f => string.IsNullOrEmpty(fields.GetValueOrDefault(f))).ToArray();
        if (missing.Length > 0)
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", "Please check what you entered and try again.", missing), accept);

        state.ApplicationCreated();
        var communication = new StubResource("communication", state.CommunicationHref, [],
        [
            ("startOnlineMeeting", state.CommunicationHref + "/onlineMeetingInvitations?onlineMeetingUri=adhoc"),
            ("conversations", state.CommunicationHref + "/conversations?filter=active"),
        ]);
        var application = new JsonObject
        {
            ["culture"] = fields["culture"],
            ["userAgent"] = fields["userAgent"],
            ["_links"] = new JsonObject
            {
                ["self"] = new JsonObject { ["href"] = state.ApplicationPath },
                ["events"] = new JsonObject { ["href"] = state.EventsPath + "?ack=0" },
            },
            ["_embedded"] = new JsonObject { ["communication"] = communication.ToJson() },
            ["rel"] = "application",
        };
        return Reply.With(201, "application/json; charset=utf-8", application.ToJsonString());
    }

    public ResponseMessage Delete(IRequestMessage request)
    {
        state.ApplicationDeleted();
        return Reply.With(204);
    }

    public ResponseMessage StartOnlineMeeting(IRequestMessage request)
    {
        var fields = InputReader.Read(Reply.Body(request), "json") ?? [];
        return Reply.With(201, headers: ("Location", state.StartMeeting(fields.GetValueOrDefault("operationId"))));
    }

    public ResponseMessage Conversation(IRequestMessage request) =>
        Reply.With(200, "application/json; charset=utf-8", state.Conversation().ToJson().ToJsonString());

    public ResponseMessage LeaveConversation(IRequestMessage request)
    {
        state.LeaveConversation();
        return Reply.With(204);
    }
}
