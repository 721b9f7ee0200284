using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>The one check of each requirement. Adding a requirement means adding its line here.</summary>
public sealed class CheckRegistry
{
    private readonly Dictionary<string, ICheck> _checks;

    public CheckRegistry(ErrorTable errors)
    {
        ICheck[] all =
        [
            new AnswerCheck("AP-ACCEPT-JSON", Aspects.Status),
            new AnswerCheck("AP-ACCEPT-XML", Aspects.Status),
            new AnswerCheck("AP-ACCEPT-VND", Aspects.Status),
            new AnswerCheck("AP-OPID-OPTIONAL", Aspects.Status),
            new AnswerCheck("AP-OPID-EMPTY", Aspects.Status),
            new AnswerCheck("AP-ACCEPT-CHARSET", Aspects.Status),
            new AllOf("AP-OPID-50", new AnswerCheck("AP-OPID-50", Aspects.Status), new EchoCheck("AP-OPID-50", "operationId")),
            new AnswerCheck("AP-OPID-51", Aspects.Status | Aspects.Code),
            new AnswerCheck("AP-OPID-51-SUBCODE", Aspects.Subcode | Aspects.Parameter),
            new LengthUnitCheck("AP-OPID-UNIT"),
            new AnswerCheck("AP-TO-REQUIRED", Aspects.Status | Aspects.Code | Aspects.Subcode),
            new AnswerCheck("AP-TO-EMPTY", Aspects.Status | Aspects.Code),
            new AnswerCheck("AP-MEDIA-415", Aspects.Status | Aspects.Code),
            new AnswerCheck("AP-MALFORMED", Aspects.Status | Aspects.Code | Aspects.Subcode),
            new AnswerCheck("AP-AUTH-401", Aspects.Status | Aspects.Challenge),
            new InvalidTokenCheck("AP-AUTH-INVALID"),
            new AnswerCheck("AP-METHOD-405", Aspects.Status | Aspects.Code),
            new AllowHeaderCheck("AP-METHOD-ALLOW"),
            new UcwaVersionCheck("AP-UCWA-VERSION"),
            new LocationHeaderCheck("AP-201-LOCATION"),
            new DistinctLocationCheck("AP-201-DISTINCT"),
            new LocationGetCheck("AP-LOCATION-GET"),
            new EchoCheck("AP-INVITATION-ECHO", "operationId", "to"),
            new InvitationFieldsCheck("AP-INVITATION-FIELDS"),
            new ErrorBodyCheck("AP-ERR-BODY"),
            new StatusCodeAgreementCheck("AP-ERR-STATUS-CODE", errors),
            new ErrorMessageCheck("AP-ERR-MESSAGE"),
            new KnownErrorCheck("AP-ERR-KNOWN", errors),
            new AnswerCheck("AP-ERR-LISTED", Aspects.Status | Aspects.Code | Aspects.Subcode),
            new AcceptCheck("AP-NEG-ACCEPT"),
            new ParityCheck("AP-NEG-PARITY"),
            new EventStartedCheck("AP-EVENT-STARTED"),
            new EventOperationIdCheck("AP-EVENT-OPID"),
            new EventCompletedCheck("AP-EVENT-COMPLETED"),
            new EscalationCheck("AP-ESCALATE"),
            new EscalationOrderCheck("AP-ESCALATE-ORDER"),
            new ParticipantAddedCheck("AP-PARTICIPANT-ADDED"),
        ];
        _checks = all.ToDictionary(c => c.RequirementId, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> RequirementIds => _checks.Keys;

    public ICheck? For(string requirementId) => _checks.GetValueOrDefault(requirementId);
}
