using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.Engine.Checks;

/// <summary>AP-201-LOCATION: every 201 carries a Location, server-relative or on the target's origin.</summary>
public sealed class LocationHeaderCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var x = evidence.Own;
        var created = x.Submissions.Where(s => s.Response!.Status == Observed.Created).ToList();
        if (created.Count == 0)
            return CheckResult.NotApplicable("no 201 to judge");

        foreach (var s in created)
        {
            var problem = Problem(x.TargetUrl, s.Response!.Header("Location"));
            if (problem is not null)
                return CheckResult.Fail("a Location header: a server-relative path or a URL on " + x.TargetUrl.GetLeftPart(UriPartial.Authority), problem);
        }

        return CheckResult.Pass();
    }

    /// <summary>Why a Location is not usable, or null when it is.</summary>
    public static string? Problem(Uri target, string? location)
    {
        if (string.IsNullOrWhiteSpace(location)) return "201 without a Location header";
        if (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal)) return null;
        if (!Uri.TryCreate(location, UriKind.Absolute, out var absolute)) return $"Location \"{location}\" is neither a server-relative path nor an absolute URL";
        return absolute.GetLeftPart(UriPartial.Authority).Equals(target.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Location \"{location}\" is on another origin";
    }
}

/// <summary>AP-201-DISTINCT: two accepted requests create two invitations at different Locations.</summary>
public sealed class DistinctLocationCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var x = evidence.Own;
        var locations = x.Submissions
            .Where(s => s.Response!.Status == Observed.Created)
            .Select(s => Observed.Resolve(x.TargetUrl, s.Response!.Header("Location")))
            .ToList();
        if (locations.Count < 2)
            return CheckResult.NotApplicable($"{locations.Count} of {x.Submissions.Count} requests were answered 201");
        if (locations.Any(l => l is null))
            return CheckResult.NotApplicable("a 201 had no usable Location (AP-201-LOCATION)");
        var distinct = locations.Distinct().Count();
        return distinct == locations.Count
            ? CheckResult.Pass()
            : CheckResult.Fail($"{locations.Count} different Locations", $"{distinct} different: {string.Join(", ", locations)}");
    }
}

/// <summary>
/// AP-LOCATION-GET: GET on the Location answers 200 with a participantInvitation whose self link is the Location.
/// </summary>
public sealed class LocationGetCheck(string requirementId) : ICheck
{
    public string RequirementId { get; } = requirementId;

    public CheckResult Judge(Evidence evidence)
    {
        var x = evidence.Own;
        var s = x.Primary;
        if (s.Response!.Status != Observed.Created)
            return CheckResult.NotApplicable($"answered {Observed.Answer(s.Response)}, no invitation was created");
        if (s.InvitationGet is null)
            return CheckResult.NotApplicable("the Location was not followed (AP-201-LOCATION)");

        var get = s.InvitationGet.Response!;
        const string expected = "200 with a participantInvitation whose self link is the Location";
        if (get.Status != 200)
            return CheckResult.Fail(expected, $"GET {s.InvitationGet.Request.Url} answered {Observed.Answer(get)}");

        var (view, problem) = Protocol.InvitationView.Read(get.Body, x.Format);
        if (view is null)
            return CheckResult.Fail(expected, problem!);
        if (view.Rel != "participantInvitation")
            return CheckResult.Fail("rel participantInvitation", view.Rel is null ? "no rel" : $"rel \"{view.Rel}\"");

        var location = Observed.Resolve(x.TargetUrl, s.Response.Header("Location"));
        var self = Observed.Resolve(x.TargetUrl, view.SelfHref);
        return self == location
            ? CheckResult.Pass()
            : CheckResult.Fail($"self link {location}", view.SelfHref is null ? "no self link" : $"self link {view.SelfHref}");
    }
}
