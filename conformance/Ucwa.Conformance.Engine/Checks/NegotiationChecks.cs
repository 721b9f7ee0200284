using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// AP-NEG-ACCEPT: every response with a body is in the format Accept asked for, and its Content-Type names that
/// format (case and parameters free): the answers to the case's requests, the GET of each Location, and the
/// event channel's answers that delivered the case's events (judged against the Accept the pump sent).
/// </summary>
public sealed class AcceptCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var x = evidence.Own;
        var wanted = MediaType.FormatOf(x.AcceptSent) ?? x.Format;
        var withBody = x.Submissions
            .SelectMany(s => new[] { s.Post, s.InvitationGet })
            .OfType<HttpExchange>()
            .Where(e => e.Response is { Body.Length: > 0 })
            .ToList();
        var deliveries = x.Submissions
            .SelectMany(s => s.Events?.ForInvitation ?? [])
            .Select(e => e.Delivery)
            .OfType<EventDelivery>()
            .DistinctBy(d => d.Answer)
            .ToList();
        if (withBody.Count == 0 && deliveries.Count == 0)
            return CheckResult.NotApplicable("no response had a body");

        foreach (var e in withBody)
        {
            var r = e.Response!;
            var declared = MediaType.FormatOf(r.ContentType);
            var looks = MediaType.Sniff(r.Body);
            if (declared != wanted || looks != wanted)
                return CheckResult.Fail(
                    $"{wanted.Name().ToUpperInvariant()} for Accept: {x.AcceptSent}",
                    $"{e.Request.Method} answered Content-Type {r.ContentType ?? "(none)"} with a body that looks like {Shown(looks)}");
        }

        foreach (var d in deliveries)
        {
            var asked = MediaType.FormatOf(d.Accept);
            if (asked is null) continue; // the pump asked for no UCWA type: nothing to hold the answer to
            if (MediaType.FormatOf(d.ContentType) != asked || d.Looks != asked)
                return CheckResult.Fail(
                    $"{asked.Value.Name().ToUpperInvariant()} for the event channel's Accept: {d.Accept}",
                    $"event answer {d.Answer} had Content-Type {d.ContentType ?? "(none)"} with a body that looks like {Shown(d.Looks)}");
        }

        return CheckResult.Pass(deliveries.Count == 0 ? null : $"and {deliveries.Count} event answer(s)");
    }

    private static string Shown(WireFormat? looks) => looks?.Name().ToUpperInvariant() ?? "neither JSON nor XML";
}

/// <summary>AP-NEG-PARITY: the case sent as JSON and as XML gets the same status, code and subcode.</summary>
public sealed class ParityCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        if (evidence.Counterpart is not { } other)
            return CheckResult.NotApplicable("the case runs in one format only");
        if (other.Inconclusive is { } why)
            return CheckResult.Inconclusive($"the {other.Format.Name()} run gave no answer: {why}", targetFault: other.TargetFault is not null);

        var mine = Key(evidence.Own.Primary.Response!);
        var theirs = Key(other.Primary.Response!);
        return mine == theirs
            ? CheckResult.Pass()
            : CheckResult.Fail($"the same answer as {other.Format.Name()}: {theirs}", $"{evidence.Own.Format.Name()}: {mine}");
    }

    private static string Key(RecordedResponse r)
    {
        var error = Observed.IsError(r) ? ErrorBody.ReadLenient(r.Body) : null;
        return error is null ? r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{r.Status} {error}";
    }
}
