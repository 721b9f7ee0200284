using WireMock.RequestBuilders;

namespace Ucwa.Conformance.Stub;

// Routes: autodiscovery, the user resource and the token endpoint (the sign-in flow).
public sealed partial class StubServer
{
    private void MapSignIn()
    {
        // Discovery and the token endpoint need no token; the user resource challenges without one.
        Route(1, Request.Create().WithPath(Path(Handlers.SignInHandler.RootPath)).UsingGet(), _signIn.Root, anonymous: true);
        Route(1, Request.Create().WithPath(Path(Handlers.SignInHandler.TokenPath)).UsingPost(), _signIn.Token, anonymous: true);
        Route(1, Request.Create().WithPath(Path(Handlers.SignInHandler.UserPath)).UsingGet(), _signIn.User);
    }
}
