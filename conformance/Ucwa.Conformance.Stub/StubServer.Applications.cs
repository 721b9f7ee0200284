using Ucwa.Conformance.Stub.Handlers;
using Ucwa.Conformance.Stub.Model;
using WireMock.RequestBuilders;

namespace Ucwa.Conformance.Stub;

// Routes: the applications factory, the application and every resource it links.
public sealed partial class StubServer
{
    private void MapApplications()
    {
        var applications = new ApplicationHandler(_model, _reasons, Log, _behaviour);
        Route(1, Request.Create().WithPath(Path(StubModel.ApplicationsPath)).UsingPost(), applications.Create);
        AppRoute(1, "DELETE", "", applications.Delete);
        AppRoute(1, "POST", "/me/makeMeAvailable", applications.MakeMeAvailable);
        AppRoute(1, "POST", "/me/reportMyActivity", applications.ReportMyActivity);
        AppRoute(1, "PUT", "/communication", applications.UpdateCommunication);
        AppRoute(1, "POST", "/batch", applications.Batch);
        // Any GET under the application reads what the model has at that href (404 when nothing).
        Route(5, Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/+ucwa/+oauth/+v1/+applications/+[0-9]+(/.*)?$")).UsingGet(), r =>
            _model.ApplicationOf(r.Path, r.Account) is { } application ? applications.Read(r, application) : NotFound(r));
    }
}
