using System.Text.RegularExpressions;
using Ucwa.Conformance.Stub.Events;
using Ucwa.Conformance.Stub.Handlers;
using Ucwa.Conformance.Stub.Model;
using Ucwa.Conformance.Stub.Wire;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Ucwa.Conformance.Stub;

/// <summary>
/// A UCWA server that implements sign-in, applications, ad hoc meetings, two-party conversations started
/// with startMessaging, and addParticipant as documented, on WireMock.Net, bound to 127.0.0.1. Its URLs have
/// the real-server shapes; clients learn them from links and Location headers. Its routes are declared by
/// area in the partial files beside this one; what it knows is in <see cref="StubModel"/>.
/// </summary>
public sealed partial class StubServer : IDisposable
{
    private readonly WireMockServer _server;
    private readonly StubModel _model;
    private readonly StubBehaviour _behaviour;
    private readonly ReasonWriter _reasons;
    private readonly TimeSpan _latency;
    private readonly SignInHandler _signIn;
    private readonly Application _premade;
    private readonly Conversation _premadeConversation;
    private readonly List<string> _lifecycle = [];
    private int _requestsServed;

    private StubServer(StubBehaviour behaviour, int port, string fixturesRoot, string? accessToken)
    {
        _behaviour = behaviour;
        _model = new StubModel(behaviour, accessToken);
        _latency = TimeSpan.FromMilliseconds(behaviour.LatencyMs);
        _reasons = new ReasonWriter(behaviour);
        var listed = ListedErrors.Load(fixturesRoot);
        Triggers = listed.Triggers;

        // For clients given links and a token rather than a discovery root: the test account's application,
        // already in an ad hoc meeting, as a user who signed in with another client would hand them over.
        _premade = _model.CreateApplication(_model.Main, "en-US", "Ucwa.Conformance.Stub");
        _premadeConversation = _model.ConversationAt(_model.StartMeeting(_premade, null, "addParticipant conformance").ConversationHref)!;
        _premade.Events.DiscardPending();

        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port}"],
            PreWireMockMiddlewareInit = app => ContentLength.Use((Microsoft.AspNetCore.Builder.IApplicationBuilder)app, behaviour.Transport.Chunked),
        });
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _signIn = new SignInHandler(_model, BaseUrl);

        MapSignIn();
        MapApplications();
        MapConversations();
        MapAddParticipant(listed);
        MapEvents();
        Route(9, Request.Create().UsingAnyMethod(), r => NotFound(r));
    }

    public Uri BaseUrl { get; }

    /// <summary>The pre-made conversation's addParticipant link, as a live server's conversation would offer it.</summary>
    public Uri AddParticipantUrl => new(BaseUrl, _premadeConversation.AddParticipantHref);

    /// <summary>The pre-made application's events link, with the first ack, as the application resource offers it.</summary>
    public Uri EventsUrl => new(BaseUrl, _premade.EventsHref + "?ack=1");

    /// <summary>The test account's token (the one the password grant hands out).</summary>
    public string AccessToken => _model.Main.Token;

    /// <summary>The autodiscovery root: where a client that knows nothing else starts.</summary>
    public Uri DiscoveryUrl => new(BaseUrl, SignInHandler.RootPath);

    /// <summary>The test account that signs in with the password grant.</summary>
    public string Username => _model.Main.Username;

    public string Password => _model.Main.Password;

    /// <summary>The second test account (the peer of two-party conversations).</summary>
    public string PeerUsername => _model.Peer.Username;

    public string PeerPassword => _model.Peer.Password;

    /// <summary>What clients did to applications and conversations ("application created", … "application deleted").</summary>
    public IReadOnlyList<string> Lifecycle { get { lock (_lifecycle) return [.. _lifecycle]; } }

    /// <summary>The addParticipant links of the conversations clients created, in order (sign-in checks compare with them).</summary>
    public IReadOnlyList<Uri> CreatedAddParticipantUrls =>
        [.. _model.Created.Where(c => c != _premadeConversation).Select(c => new Uri(BaseUrl, c.AddParticipantHref))];

    /// <summary>Requests answered so far (benchmarks report requests per run).</summary>
    public int RequestsServed => Volatile.Read(ref _requestsServed);

    /// <summary>Event requests whose hold ran out with no event, over all applications (idle answers sent).</summary>
    public int IdleEventAnswers => _model.IdleEventAnswers;

    /// <summary>Setting name (<c>Trigger.Conflict.AlreadyExists</c> …) → the <c>to</c> value that provokes that listed error.</summary>
    public IReadOnlyDictionary<string, string> Triggers { get; }

    /// <summary>Starts a stub on <paramref name="port"/> (0: a free one), with a random token unless one is given.</summary>
    public static StubServer Start(string fixturesRoot, StubBehaviour? behaviour = null, int port = 0, string? accessToken = null) =>
        new(behaviour ?? new StubBehaviour(), port == 0 ? FreePort() : port, fixturesRoot, accessToken);

    private void Log(string what)
    {
        lock (_lifecycle) _lifecycle.Add(what);
    }

    /// <summary>
    /// A path pattern from an href template: <c>{app}</c> is an application id, <c>{id}</c> any one segment; each
    /// slash may be doubled (clients that join root and href), and a trailing slash is allowed.
    /// </summary>
    private static RegexMatcher Path(string template)
    {
        var pattern = string.Join("/+", template.Split('/').Select(s => s switch
        {
            "{app}" => "[0-9]+",
            "{id}" => "[^/]+",
            _ => Regex.Escape(s),
        }));
        return new RegexMatcher("^" + pattern + "/*$");
    }

    /// <summary>A route under an application: the application must exist and belong to the token's account, else 404.</summary>
    private void AppRoute(int priority, string method, string template, Func<StubRequest, Application, Task<ResponseMessage>> handler, string? missingSubcode = null) =>
        Route(priority, Request.Create().WithPath(Path(StubModel.ApplicationsPath + "/{app}" + template)).UsingMethod(method), async r =>
            _model.ApplicationOf(r.Path, r.Account) is { } application
                ? await handler(r, application).ConfigureAwait(false)
                : _reasons.Answer(new Reason(404, "NotFound", missingSubcode, "The application does not exist."), r.Accept));

    private void AppRoute(int priority, string method, string template, Func<StubRequest, Application, ResponseMessage> handler) =>
        AppRoute(priority, method, template, (r, a) => Task.FromResult(handler(r, a)));

    private void Route(int priority, IRequestBuilder request, Func<StubRequest, ResponseMessage> handler, bool anonymous = false) =>
        Route(priority, request, r => Task.FromResult(handler(r)), anonymous);

    private void Route(int priority, IRequestBuilder request, Func<StubRequest, Task<ResponseMessage>> handler, bool anonymous = false) =>
        _server.Given(request).AtPriority(priority).RespondWith(Response.Create().WithCallback(async r =>
        {
            Interlocked.Increment(ref _requestsServed);
            if (_latency > TimeSpan.Zero) await Task.Delay(_latency).ConfigureAwait(false);
            var account = AccountOf(r);
            var answer = anonymous || account is not null ? await handler(new StubRequest(r, account)).ConfigureAwait(false) : Unauthorized(r);
            if (_behaviour.UcwaVersionHeader == "never" || (_behaviour.UcwaVersionHeader == "not-on-reads" && r.Method == "GET" && answer.StatusCode is 200))
                answer.Headers?.Remove("X-MS-UcwaVersion");
            Variety.Apply(answer, _behaviour.Variety);
            return (IResponseMessage)answer;
        }));

    /// <summary>
    /// The account whose token the request bears; with authorization off (a deviation), the test account; with
    /// unissued tokens accepted (a deviation), the test account for any bearer token.
    /// </summary>
    private Account? AccountOf(IRequestMessage request)
    {
        var token = BearerToken(request);
        return _model.AccountWithToken(token)
               ?? (!_behaviour.RequireAuthorization || (_behaviour.AcceptUnissuedTokens && token is not null) ? _model.Main : null);
    }

    private static string? BearerToken(IRequestMessage request)
    {
        var header = Reply.Header(request, "Authorization");
        return header is not null && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
    }

    /// <summary>
    /// Every request needs a token the stub issued; without it, an IIS-style 401 with the MsRtcOAuth challenge
    /// (CreateAnApplication.md). A bearer token it never issued gets the same, or a UCWA 403 where the
    /// <c>unissuedTokenStatus</c> knob says so (as SfB Online answers).
    /// </summary>
    private ResponseMessage Unauthorized(IRequestMessage request) =>
        BearerToken(request) is not null && _behaviour.UnissuedTokenStatus == 403
            ? _reasons.Answer(new Reason(403, "Forbidden", null, "The access token is not valid."), Reply.Header(request, "Accept"))
            : Reply.With(401, "text/html", "<html><body>401 - Unauthorized: Access is denied due to invalid credentials.</body></html>",
                _behaviour.SendChallenge ? _signIn.Challenge() : []);

    private ResponseMessage NotFound(StubRequest request) =>
        _reasons.Answer(new Reason(404, "NotFound", null, "The resource does not exist."), request.Accept);

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        foreach (var application in _model.Applications) application.Events.Close();
        _server.Stop();
    }
}
