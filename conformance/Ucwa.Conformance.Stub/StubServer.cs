using System.Text.RegularExpressions;
using Ucwa.Conformance.Stub.Events;
using Ucwa.Conformance.Stub.Handlers;
using Ucwa.Conformance.Stub.Wire;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Ucwa.Conformance.Stub;

/// <summary>
/// A UCWA server that implements addParticipant as documented, on WireMock.Net, bound to 127.0.0.1.
/// Its URLs have the real-server shapes; clients learn them from <see cref="AddParticipantUrl"/> and
/// the Location headers it answers with.
/// </summary>
public sealed class StubServer : IDisposable
{
    private readonly WireMockServer _server;
    private readonly StubState _state;
    private readonly TimeSpan _latency;
    private readonly StubBehaviour _behaviour;
    private readonly SignInHandler _signIn;
    private int _requestsServed;

    private StubServer(StubBehaviour behaviour, int port, string fixturesRoot, string? accessToken)
    {
        _state = new StubState(behaviour, accessToken);
        _latency = TimeSpan.FromMilliseconds(behaviour.LatencyMs);
        _behaviour = behaviour;
        var listed = ListedErrors.Load(fixturesRoot);
        Triggers = listed.Triggers;
        var reasons = new ReasonWriter(behaviour);
        var addParticipant = new AddParticipantHandler(_state, behaviour, listed, reasons);
        var invitations = new InvitationWriter(behaviour);
        var invitation = new InvitationHandler(_state, reasons, invitations);
        var events = new EventsHandler(_state, reasons, new EventWriter(behaviour));
        var application = new ApplicationHandler(_state, reasons);
        var cancel = new CancelHandler(_state, reasons);
        var invitationPath = "^" + Regex.Escape(_state.AddParticipantPath) + "/[0-9a-f]+";

        _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _signIn = new SignInHandler(_state, BaseUrl);

        // Sign-in: discovery and the token endpoint need no token; the user resource challenges without one.
        Route(1, Request.Create().WithPath(SignInHandler.RootPath).UsingGet(), _signIn.Root, anonymous: true);
        Route(1, Request.Create().WithPath(SignInHandler.TokenPath).UsingPost(), _signIn.Token, anonymous: true);
        Route(1, Request.Create().WithPath(SignInHandler.UserPath).UsingGet(), _signIn.User);
        Route(1, Request.Create().WithPath(StubState.ApplicationsPath).UsingPost(), application.Create);
        Route(1, Request.Create().WithPath(_state.ApplicationPath).UsingDelete(), application.Delete);
        Route(1, Request.Create().WithPath(_state.CommunicationHref + "/onlineMeetingInvitations").UsingPost(), application.StartOnlineMeeting);
        Route(1, Request.Create().WithPath(_state.ConversationHref).UsingGet(), application.Conversation);
        Route(1, Request.Create().WithPath(_state.ConversationHref).UsingDelete(), application.LeaveConversation);

        Route(1, Request.Create().WithPath(_state.AddParticipantPath).UsingPost(), addParticipant.Handle);
        Route(2, Request.Create().WithPath(_state.AddParticipantPath).UsingAnyMethod(),
            r => reasons.Answer(behaviour.WrongMethodStatus == 405
                ? new Reason(405, "MethodNotAllowed", null, "The requested HTTP method is not supported for this resource.")
                : new Reason(404, "NotFound", null, "The resource does not exist."), Reply.Header(r, "Accept")));
        Route(3, Request.Create().WithPath(new RegexMatcher(invitationPath + "$")).UsingGet(), invitation.Handle);
        Route(3, Request.Create().WithPath(new RegexMatcher(invitationPath + "/cancel$")).UsingPost(), cancel.Handle);
        Route(3, Request.Create().WithPath(_state.EventsPath).UsingGet(), events.HandleAsync);
        Route(9, Request.Create().UsingAnyMethod(),
            r => reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), Reply.Header(r, "Accept")));
    }

    public Uri BaseUrl { get; }

    /// <summary>The conversation's addParticipant link, as a live server's conversation would offer it.</summary>
    public Uri AddParticipantUrl => new(BaseUrl, $"{_state.AddParticipantPath}?conversation={_state.ConversationId}");

    /// <summary>The application's events link, with the first ack, as the application resource offers it.</summary>
    public Uri EventsUrl => new(BaseUrl, _state.EventsPath + "?ack=0");

    public string AccessToken => _state.AccessToken;

    /// <summary>The autodiscovery root: where a client that knows nothing else starts.</summary>
    public Uri DiscoveryUrl => new(BaseUrl, SignInHandler.RootPath);

    /// <summary>The test account that signs in with the password grant.</summary>
    public string Username => _state.Username;

    public string Password => _state.Password;

    /// <summary>What happened to the application and conversation ("application created", … "application deleted").</summary>
    public IReadOnlyList<string> Lifecycle => _state.Lifecycle;

    /// <summary>Requests answered so far (benchmarks report requests per run).</summary>
    public int RequestsServed => Volatile.Read(ref _requestsServed);

    /// <summary>Setting name (<c>Trigger.Conflict.AlreadyExists</c> …) → the <c>to</c> value that provokes that listed error.</summary>
    public IReadOnlyDictionary<string, string> Triggers { get; }

    /// <summary>Starts a stub on <paramref name="port"/> (0: a free one), with a random token unless one is given.</summary>
    public static StubServer Start(string fixturesRoot, StubBehaviour? behaviour = null, int port = 0, string? accessToken = null) =>
        new(behaviour ?? new StubBehaviour(), port == 0 ? FreePort() : port, fixturesRoot, accessToken);

    private void Route(int priority, IRequestBuilder request, Func<IRequestMessage, ResponseMessage> handler, bool anonymous = false) =>
        Route(priority, request, r => Task.FromResult(handler(r)), anonymous);

    private void Route(int priority, IRequestBuilder request, Func<IRequestMessage, Task<ResponseMessage>> handler, bool anonymous = false) =>
        _server.Given(request).AtPriority(priority).RespondWith(Response.Create().WithCallback(async r =>
        {
            Interlocked.Increment(ref _requestsServed);
            if (_latency > TimeSpan.Zero) await Task.Delay(_latency).ConfigureAwait(false);
            return (IResponseMessage)(anonymous || IsAuthorized(r) ? await handler(r).ConfigureAwait(false) : Unauthorized());
        }));

    private bool IsAuthorized(IRequestMessage request) =>
        !_behaviour.RequireAuthorization || Reply.Header(request, "Authorization") == "Bearer " + _state.AccessToken;

    /// <summary>Every request needs the Bearer token; without it, an IIS-style 401 with the MsRtcOAuth challenge (CreateAnApplication.md).</summary>
    private ResponseMessage Unauthorized() =>
        Reply.With(401, "text/html", "<html><body>401 - Unauthorized: Access is denied due to invalid credentials.</body></html>",
            _behaviour.SendChallenge ? _signIn.Challenge() : []);

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _state.Events.Close();
        _server.Stop();
    }
}
