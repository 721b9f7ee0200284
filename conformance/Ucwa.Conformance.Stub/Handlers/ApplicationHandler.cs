using Ucwa.Conformance.Stub.Model;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>
/// The application and the resources it links (CreateAnApplication.md, application_ref.md, me_ref.md,
/// makeMeAvailable_ref.md, communication_ref.md): create, read and delete the application; read any resource
/// it links; makeMeAvailable, reportMyActivity, and PUT on communication.
/// </summary>
internal sealed class ApplicationHandler(StubModel model, ReasonWriter reasons, Action<string> log, StubBehaviour behaviour)
{
    private const string CheckInput = "Please check what you entered and try again.";

    /// <summary>POST applications: culture, endpointId and userAgent are required; each POST makes a new application.</summary>
    public ResponseMessage Create(StubRequest request)
    {
        if (request.Fields() is not { } fields)
            return reasons.Answer(new Reason(415, "UnsupportedMediaType", null, "The content-type is not supported."), request.Accept);
        var missing = new[] { "culture", "endpointId", "userAgent" }.Where(f => string.IsNullOrEmpty(fields.GetValueOrDefault(f))).ToArray();
        if (missing.Length > 0)
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", CheckInput, missing), request.Accept);

        var application = model.CreateApplication(request.Account!, fields["culture"]!, fields["userAgent"]!);
        log("application created");
        return request.Answer(201, model.Read(application, application.Href)!, ("ETag", application.CommunicationEtag));
    }

    public ResponseMessage Delete(StubRequest request, Application application)
    {
        model.DeleteApplication(application);
        log("application deleted");
        return Reply.With(204);
    }

    /// <summary>GET on anything the application links (the application itself, me, communication, conversations …).</summary>
    public ResponseMessage Read(StubRequest request, Application application)
    {
        if (model.Read(application, request.Path) is not { } resource)
            return reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), request.Accept);
        if (request.Path.Contains("/participantInvitations/", StringComparison.Ordinal))
            return Invitation(request, resource);
        return resource.Rel == "communication"
            ? request.Answer(200, resource, ("ETag", application.CommunicationEtag))
            : request.Answer(200, resource);
    }

    /// <summary>The invitation's GET, negotiated unless a knob makes it ignore Accept or mislabel its body.</summary>
    private ResponseMessage Invitation(StubRequest request, StubResource invitation)
    {
        var xml = behaviour.InvitationFormat == "negotiated" && request.WantsXml;
        var contentType = behaviour.InvitationContentType
                          ?? (behaviour.InvitationFormat == "negotiated" ? Negotiation.ContentTypeFor(request.Accept) : Negotiation.Json + "; charset=utf-8");
        return Reply.With(200, contentType, invitation.Write(xml));
    }

    /// <summary>makeMeAvailable: 204; only Messaging and PhoneAudio may be asked for (403), and only once (409 AlreadyExists).</summary>
    public ResponseMessage MakeMeAvailable(StubRequest request, Application application)
    {
        if (request.Fields() is not { } fields)
            return reasons.Answer(new Reason(400, "BadRequest", "DeserializationFailure", "The request body could not be deserialized."), request.Accept);
        var modalities = InputReader.List(fields.GetValueOrDefault("supportedModalities"));
        if (modalities.Any(m => m is not ("Messaging" or "PhoneAudio")))
            return reasons.Answer(new Reason(403, "Forbidden", null, "The application is attempting to use modalities other than Messaging and Phone Audio."), request.Accept);
        if (!model.MakeMeAvailable(application, modalities))
            return reasons.Answer(new Reason(409, "Conflict", "AlreadyExists", "Multiple invocations of this operation is not valid."), request.Accept);
        return Reply.With(204);
    }

    public ResponseMessage ReportMyActivity(StubRequest request, Application application) =>
        application.Available ? Reply.With(204) : reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), request.Accept);

    /// <summary>
    /// PUT on communication (PayloadFormat.md): the randomly named property must be echoed, or the request is
    /// rejected with a validation error; an If-Match that is not the current ETag is 412 (inferred from HTTP).
    /// </summary>
    public ResponseMessage UpdateCommunication(StubRequest request, Application application)
    {
        if (request.Fields() is not { } fields)
            return reasons.Answer(new Reason(400, "BadRequest", "DeserializationFailure", "The request body could not be deserialized."), request.Accept);
        if (fields.GetValueOrDefault(application.PutToken) is null)
            return reasons.Answer(new Reason(400, "BadRequest", "ParameterValidationFailure", CheckInput, application.PutToken), request.Accept);
        if (request.Header("If-Match") is { } match && match.Trim('"') != application.CommunicationEtag)
            return reasons.Answer(new Reason(412, "PreconditionFailed", null, "The resource was changed by another request."), request.Accept);
        model.UpdateCommunication(application);
        return Reply.With(204, headers: ("ETag", application.CommunicationEtag));
    }

    /// <summary>batch is linked, as on a real server, but the stub does not implement multipart batches.</summary>
    public ResponseMessage Batch(StubRequest request, Application application) =>
        Reply.With(501, "text/plain; charset=utf-8", "batch requests are not implemented by the stub; send the requests one by one");
}
