using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>Shared shape of the checks that judge the created invitation: not applicable without a 201, inconclusive when it cannot be read.</summary>
public abstract class InvitationCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var x = evidence.Own;
        if (x.Primary.Response!.Status != Observed.Created)
            return CheckResult.NotApplicable($"answered {Observed.Answer(x.Primary.Response)}, no invitation to read");
        var (view, problem) = Observed.Invitation(x, x.Primary);
        if (view is null)
            return CheckResult.Inconclusive("the invitation could not be read: " + problem);
        return JudgeInvitation(x.Primary, view);
    }

    protected abstract CheckResult JudgeInvitation(Submission submission, InvitationView view);
}

/// <summary>AP-INVITATION-ECHO (and the echo half of AP-OPID-50): the invitation repeats the fields as sent.</summary>
public sealed class EchoCheck(string requirementId, params string[] fields) : InvitationCheck(requirementId)
{
    protected override CheckResult JudgeInvitation(Submission submission, InvitationView view)
    {
        foreach (var field in fields)
        {
            if (!submission.SentFields.TryGetValue(field, out var sent)) continue;
            var seen = view.Property(field);
            if (seen != sent)
                return CheckResult.Fail($"{field} \"{sent}\" ({sent.Length} chars)", seen is null ? $"no {field}" : $"{field} \"{seen}\" ({seen.Length} chars)");
        }

        return CheckResult.Pass();
    }
}

/// <summary>
/// AP-INVITATION-FIELDS: direction, state and importance from the documented enums; the conversation link, and
/// the cancel link while the invitation is in progress (a finished invitation has nothing to cancel: a server
/// drops the link once the invitee answered, and a GET that comes late may find it so).
/// </summary>
public sealed class InvitationFieldsCheck(string requirementId) : InvitationCheck(requirementId)
{
    private static readonly string[] Importances = ["Emergency", "Normal", "Urgent"];

    protected override CheckResult JudgeInvitation(Submission submission, InvitationView view)
    {
        var direction = view.Property("direction");
        if (direction != "Outgoing")
            return CheckResult.Fail("direction Outgoing", $"direction {direction ?? "(absent)"}");
        var state = view.Property("state");
        if (state is null || !UcwaSpec.InvitationStates.Contains(state))
            return CheckResult.Fail("state one of " + string.Join(", ", UcwaSpec.InvitationStates), $"state {state ?? "(absent)"}");
        var importance = view.Property("importance");
        if (importance is not null && !Importances.Contains(importance))
            return CheckResult.Fail("importance one of " + string.Join(", ", Importances), $"importance {importance}");
        var inProgress = UcwaSpec.InvitationInProgress.Contains(state);
        var wanted = inProgress ? new[] { "conversation", "cancel" } : ["conversation"];
        var missing = wanted.Where(l => !view.Links.ContainsKey(l)).ToList();
        return missing.Count == 0
            ? CheckResult.Pass(inProgress ? null : $"state {state}: finished, no cancel link required")
            : CheckResult.Fail(inProgress ? "links conversation and cancel" : $"link conversation (state {state})", "no link " + string.Join(", ", missing));
    }
}
