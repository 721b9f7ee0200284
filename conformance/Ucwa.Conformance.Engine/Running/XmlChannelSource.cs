using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>A meeting conversation in an application whose event channel is read in XML: where to post, the token, the pump.</summary>
public sealed record XmlChannelConversation(Uri AddParticipantUrl, string AccessToken, EventPump Events);

/// <summary>That conversation, or why there is none (configuration: inconclusive; a failed set-up step: a target fault).</summary>
public sealed record XmlChannelOpened(XmlChannelConversation? Conversation, string? Unavailable, bool TargetFault = false);

/// <summary>
/// Where the cases whose events are read in their own format (<see cref="Fixtures.EventChannel.CaseFormat"/>)
/// get an XML channel in their XML run. A server holds one pending event request per application, and the
/// run's own channel is read in JSON for every case, so XML needs an application of its own.
/// </summary>
public interface IXmlChannelSource
{
    Task<XmlChannelOpened> OpenAsync(CancellationToken cancel = default);
}

/// <summary>A run that cannot create a second application (no sign-in): those XML runs are inconclusive, with the reason.</summary>
public sealed class NoXmlChannel(string why) : IXmlChannelSource
{
    public const string NeedsSignIn =
        "needs DiscoveryUrl with Username and Password: the events of the XML run are read from an application of its own whose channel is read in XML (one pending event request per application), and given only TargetUrl the suite cannot create one";

    public Task<XmlChannelOpened> OpenAsync(CancellationToken cancel = default) => Task.FromResult(new XmlChannelOpened(null, why));
}
