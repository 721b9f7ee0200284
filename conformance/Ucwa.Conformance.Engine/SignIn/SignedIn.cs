using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// What the sign-in flow produced: the conversation's addParticipant link, the application's events link
/// with its pump (already reading: one pending GET per application), the token, the application's
/// startMessaging link (flow B starts its two-party conversations there), and what to clean up.
/// </summary>
public sealed class SignedIn(
    HttpTransport transport, string token, Uri addParticipantUrl, EventPump events, Uri conversation, Uri application, TargetProfile profile,
    Uri? startMessaging = null)
{
    public Uri AddParticipantUrl { get; } = addParticipantUrl;

    public string AccessToken { get; } = token;

    public EventPump Events { get; } = events;

    public TargetProfile Profile { get; } = profile;

    /// <summary>The communication resource's startMessaging link, or null when the application offers none.</summary>
    public Uri? StartMessaging { get; } = startMessaging;

    /// <summary>Leaves the conversation, stops reading events, then deletes the application (last, as the flow notes advise).</summary>
    public async Task LeaveAsync()
    {
        var headers = new List<KeyValuePair<string, string>> { new("Authorization", "Bearer " + AccessToken), new("X-Conformance-Case", "sign-out") };
        await transport.SendAsync("DELETE", conversation, headers, null, null).ConfigureAwait(false);
        Events.Dispose();
        await transport.SendAsync("DELETE", application, headers, null, null).ConfigureAwait(false);
    }
}

/// <summary>Flow B's second account, signed in and available: its token, its SIP uri (the startMessaging "to"), its channel, its application.</summary>
public sealed class PeerSignedIn(HttpTransport transport, string token, string uri, EventPump events, Uri application)
{
    public string AccessToken { get; } = token;

    public string Uri { get; } = uri;

    public EventPump Events { get; } = events;

    /// <summary>Stops reading events, then deletes the application (its conversations are left first, by the two-party set-up).</summary>
    public async Task LeaveAsync()
    {
        Events.Dispose();
        await transport.SendAsync("DELETE", application, [new("Authorization", "Bearer " + AccessToken), new("X-Conformance-Case", "sign-out")], null, null).ConfigureAwait(false);
    }
}
