using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// A fresh two-party conversation of the first account, Connected with addParticipant: where to post, the
/// conversation's href and state, the first account's token and its event channel.
/// </summary>
public sealed record TwoPartyConversation(Uri AddParticipantUrl, Uri Conversation, string? State, string AccessToken, EventPump Events);

/// <summary>
/// A two-party conversation, or why there is none: the run lacks configuration (<see cref="TargetFault"/>
/// false: the case is inconclusive and the gate unaffected), or a set-up step failed on the server
/// (<see cref="TargetFault"/> true, with the step, URL and answer).
/// </summary>
public sealed record TwoPartyOpened(TwoPartyConversation? Conversation, string? Unavailable, bool TargetFault = false)
{
    public static TwoPartyOpened Configuration(string why) => new(null, why);
}

/// <summary>
/// Where two-party cases get their conversations: one fresh conversation per case and format, in an application
/// whose event channel is read in <c>eventsIn</c> (XML: the first account's second application, <see cref="IXmlChannelSource"/>).
/// </summary>
public interface ITwoPartySource
{
    Task<TwoPartyOpened> OpenAsync(string caseName, WireFormat eventsIn, CancellationToken cancel = default);
}

/// <summary>A run that cannot set up a two-party conversation: every two-party case is inconclusive, with the reason.</summary>
public sealed class NoTwoParty(string why) : ITwoPartySource
{
    public const string NeedsPeer = "needs PeerUsername and PeerPassword (UCWA_PEER_USERNAME, UCWA_PEER_PASSWORD): a two-party conversation is set up with a second test account";

    public const string NeedsSignIn = "needs PeerUsername and PeerPassword, and DiscoveryUrl with Username and Password: given only TargetUrl, the suite cannot set up a two-party conversation";

    public Task<TwoPartyOpened> OpenAsync(string caseName, WireFormat eventsIn, CancellationToken cancel = default) => Task.FromResult(TwoPartyOpened.Configuration(why));
}
