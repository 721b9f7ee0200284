namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>One answer the sign-in flow saw: what the server is, as far as the flow could tell.</summary>
public sealed record ProfileEntry(string Step, string Request, int Status, string? MediaType, string? UcwaVersion, IReadOnlyList<string> LinkRels);

/// <summary>The target's profile, recorded by the sign-in flow: link relations, media types, UCWA version header.</summary>
public sealed class TargetProfile
{
    private readonly List<ProfileEntry> _entries = [];

    public IReadOnlyList<ProfileEntry> Entries
    {
        get
        {
            lock (_entries) return [.. _entries];
        }
    }

    public void Add(ProfileEntry entry)
    {
        lock (_entries) _entries.Add(entry);
    }
}
