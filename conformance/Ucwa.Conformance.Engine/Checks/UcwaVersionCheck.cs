using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>
/// AP-UCWA-VERSION: every answer of the resource carries X-MS-UcwaVersion (the UCWA Versioning page): each
/// answer to the case's requests, and the GET of each created invitation.
/// </summary>
public sealed class UcwaVersionCheck(string requirementId) : ICheck
{
    public const string Header = "X-MS-UcwaVersion";

    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var answered = evidence.Own.Submissions
            .SelectMany(s => new[] { s.Post, s.InvitationGet })
            .OfType<HttpExchange>()
            .Where(e => e.Response is not null)
            .ToList();
        if (answered.Count == 0)
            return CheckResult.NotApplicable("no answer to judge");

        var without = answered.FirstOrDefault(e => string.IsNullOrWhiteSpace(e.Response!.Header(Header)));
        return without is null
            ? CheckResult.Pass($"{Header} on all {answered.Count} answers")
            : CheckResult.Fail($"{Header} on every answer", $"{without.Request.Method} answered {without.Response} without {Header}");
    }
}
