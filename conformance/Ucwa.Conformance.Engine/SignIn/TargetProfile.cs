namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>One answer the sign-in flow saw: what the server is, as far as the flow could tell.</summary>
public sealed record ProfileEntry(string Step, string Request, int Status, string? MediaType, string? UcwaVersion, IReadOnlyList<string> LinkRels);

/// <summary>The target's profile, recorded by the set-up flows (sign-in, the peer, the two-party set-up): link relations, media types, UCWA version header.</summary>
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

    /// <summary>Adds a step seen once per case (a two-party conversation's set-up) only the first time: the profile shows each step once.</summary>
    public void AddOnce(ProfileEntry entry)
    {
        lock (_entries)
        {
            if (_entries.All(e => e.Step != entry.Step)) _entries.Add(entry);
        }
    }
}
