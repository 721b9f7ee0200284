using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>Shared shape of the checks that judge an error answer: not applicable when the answer is not an error.</summary>
public abstract class ErrorAnswerCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var r = evidence.Own.Primary.Response!;
        return Observed.IsError(r) ? JudgeError(evidence.Own, r) : CheckResult.NotApplicable($"answered {r}, not an error");
    }

    protected abstract CheckResult JudgeError(CaseExchange x, RecordedResponse r);
}

/// <summary>AP-ERR-BODY: the error body is a UCWA reason in the negotiated format, with an allowed Content-Type.</summary>
public sealed class ErrorBodyCheck(string requirementId) : ErrorAnswerCheck(requirementId)
{
    protected override CheckResult JudgeError(CaseExchange x, RecordedResponse r)
    {
        var negotiated = MediaType.FormatOf(x.AcceptSent) ?? x.Format;
        var expected = negotiated == WireFormat.Json
            ? "Content-Type application/json or " + UcwaSpec.VndJson + ", an object with a string code"
            : $"Content-Type application/xml or {UcwaSpec.VndXml}, <reason xmlns=\"{UcwaSpec.Namespace.NamespaceName}\"> with <code>";
        if (MediaType.FormatOf(r.ContentType) != negotiated)
            return CheckResult.Fail(expected, $"Content-Type {r.ContentType ?? "(none)"}");
        var (_, problem) = ErrorBody.ReadStrict(r.Body, negotiated);
        return problem is null ? CheckResult.Pass() : CheckResult.Fail(expected, problem);
    }
}

/// <summary>AP-ERR-STATUS-CODE: the body's code names the HTTP status.</summary>
public sealed class StatusCodeAgreementCheck(string requirementId, ErrorTable table) : ErrorAnswerCheck(requirementId)
{
    protected override CheckResult JudgeError(CaseExchange x, RecordedResponse r)
    {
        var error = ErrorBody.ReadLenient(r.Body);
        if (error is null)
            return CheckResult.NotApplicable("no readable code (judged by AP-ERR-BODY)");
        var allowed = table.CodesFor(r.Status);
        if (allowed.Count == 0)
            return CheckResult.NotApplicable($"the profile maps no code to status {r.Status}");
        return allowed.Contains(error.Code)
            ? CheckResult.Pass()
            : CheckResult.Fail($"status {r.Status} with code {string.Join(" or ", allowed)}", $"status {r.Status} with code {error.Code}");
    }
}

/// <summary>AP-ERR-MESSAGE: an error body carries a message.</summary>
public sealed class ErrorMessageCheck(string requirementId) : ErrorAnswerCheck(requirementId)
{
    protected override CheckResult JudgeError(CaseExchange x, RecordedResponse r)
    {
        var error = ErrorBody.ReadLenient(r.Body);
        if (error is null)
            return CheckResult.NotApplicable("no readable error body (judged by AP-ERR-BODY)");
        return string.IsNullOrWhiteSpace(error.Message) ? CheckResult.Fail("a non-empty message", "no message") : CheckResult.Pass();
    }
}

/// <summary>AP-ERR-KNOWN: the (code, subcode) pair is listed for addParticipant or generic; an unknown one is shown with its request.</summary>
public sealed class KnownErrorCheck(string requirementId, ErrorTable table) : ErrorAnswerCheck(requirementId)
{
    protected override CheckResult JudgeError(CaseExchange x, RecordedResponse r)
    {
        var error = ErrorBody.ReadLenient(r.Body);
        if (error is null)
            return CheckResult.NotApplicable("no readable error body (judged by AP-ERR-BODY)");
        if (table.IsKnown(error.Code, error.Subcode))
            return CheckResult.Pass();
        var request = x.Primary.Post.Request;
        return CheckResult.Fail(
            "a (code, subcode) listed for addParticipant or a documented generic one",
            error.ToString(),
            $"produced by {request.Method} {request.Url} ({x.Case.Id}.{x.Format.Name()})");
    }
}
