using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Protocol;
using Ucwa.Conformance.Engine.Requirements;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>Small readings of a response that several checks share.</summary>
public static class Observed
{
    public const int Created = 201;

    public static bool IsError(RecordedResponse r) => r.Status >= 400;

    /// <summary>"400 BadRequest/ParameterValidationFailure", as messages show an answer.</summary>
    public static string Answer(RecordedResponse r)
    {
        var error = IsError(r) ? ErrorBody.ReadLenient(r.Body) : null;
        return error is null ? r.ToString() : $"{r.Status} {error}";
    }

    /// <summary>The created invitation as read from the GET of the Location, or why it cannot be read.</summary>
    public static (InvitationView? View, string? Problem) Invitation(CaseExchange x, Submission s)
    {
        if (s.InvitationGet is null) return (null, "the Location was not fetched (no 201 with a usable Location)");
        var get = s.InvitationGet.Response;
        if (get is null) return (null, s.InvitationGet.Failure);
        if (get.Status != 200) return (null, $"GET on the Location answered {get}");
        return InvitationView.Read(get.Body, x.Format);
    }

    /// <summary>A Location or href made absolute against the target, as UCWA clients resolve server-relative links.</summary>
    public static Uri? Resolve(Uri target, string? href) =>
        href is not null && Uri.TryCreate(target, href, out var uri) ? uri : null;
}
