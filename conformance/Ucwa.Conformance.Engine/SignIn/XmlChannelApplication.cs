using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Running;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// The first account signed in a second time, on first use and once per run: an application of its own with an
/// ad hoc meeting, whose event channel is read in XML. Its conversation and application are left at the end.
/// </summary>
public sealed class XmlChannelApplication(SignInFlow flow, Uri discoveryUrl, string username, string password) : IXmlChannelSource
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private XmlChannelOpened? _opened;
    private SignedIn? _signedIn;

    public async Task<XmlChannelOpened> OpenAsync(CancellationToken cancel = default)
    {
        await _once.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            if (_opened is not null) return _opened;
            try
            {
                _signedIn = await flow.RunAsync(discoveryUrl, username, password, cancel, events: WireFormat.Xml).ConfigureAwait(false);
                _opened = new XmlChannelOpened(new XmlChannelConversation(_signedIn.AddParticipantUrl, _signedIn.AccessToken, _signedIn.Events), null);
            }
            catch (SignInException e)
            {
                _opened = new XmlChannelOpened(null, $"the XML channel's application could not be set up at \"{e.Step}\": {e.Problem}", TargetFault: true);
            }

            return _opened;
        }
        finally
        {
            _once.Release();
        }
    }

    /// <summary>The application itself once opened (null before, or when its set-up failed): flow B's XML runs start their conversations in it.</summary>
    internal SignedIn? Application => _signedIn;

    public async Task LeaveAsync()
    {
        if (_signedIn is not null) await _signedIn.LeaveAsync().ConfigureAwait(false);
        _signedIn = null;
    }
}
