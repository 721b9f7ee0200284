using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// What the sign-in flow produced: the conversation's addParticipant link, the application's events link
/// with its pump (already reading: one pending GET per application), the token, and what to clean up.
/// </summary>
public sealed class SignedIn(
    HttpTransport transport, string token, Uri addParticipantUrl, EventPump events, Uri conversation, Uri application, TargetProfile profile)
{
    public Uri AddParticipantUrl { get; } = addParticipantUrl;

    public string AccessToken { get; } = token;

    public EventPump Events { get; } = events;

    public TargetProfile Profile { get; } = profile;

    /// <summary>Leaves the conversation, stops reading events, then deletes the application (last, as the flow notes advise).</summary>
    public async Task LeaveAsync()
    {
        var headers = new List<KeyValuePair<string, string>> { new("Authorization", "Bearer " + AccessToken), new("X-Conformance-Case", "sign-out") };
        await transport.SendAsync("DELETE", conversation, headers, null, null).ConfigureAwait(false);
        Events.Dispose();
        await transport.SendAsync("DELETE", application, headers, null, null).ConfigureAwait(false);
    }
}
