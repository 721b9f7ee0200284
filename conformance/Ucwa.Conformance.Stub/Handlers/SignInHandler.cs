using System.Text.Json.Nodes;
using System.Web;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>
/// Autodiscovery and the OAuth password grant (RootURL.md, user_ref.md, AuthenticationInUCWA.md): the root
/// links the user resource; the user resource answers 401 with the MsRtcOAuth challenge until a token is
/// shown, then links the applications; the token endpoint trades the test account's credentials for the token.
/// </summary>
internal sealed class SignInHandler(StubState state, Uri baseUrl)
{
    public const string RootPath = "/autodiscover/autodiscoverservice.svc/root";
    public const string UserPath = RootPath + "/oauth/user";
    public const string TokenPath = "/WebTicket/oauthtoken";

    public ResponseMessage Root(IRequestMessage request) =>
        Json(200, new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["self"] = Link(RootPath),
                ["user"] = Link(UserPath),
                ["xframe"] = Link("/autodiscover/XFrame/XFrame.html"),
            },
        });

    public ResponseMessage User(IRequestMessage request) =>
        Json(200, new JsonObject
        {
            ["_links"] = new JsonObject { ["self"] = Link(UserPath), ["applications"] = Link(StubState.ApplicationsPath) },
        });

    public ResponseMessage Token(IRequestMessage request)
    {
        var form = HttpUtility.ParseQueryString(Reply.Body(request));
        if (form["grant_type"] != "password")
            return Json(400, new JsonObject { ["error"] = "unsupported_grant_type" });
        if (form["username"] != state.Username || form["password"] != state.Password)
            return Json(400, new JsonObject { ["error"] = "invalid_grant" });
        return Json(200, new JsonObject
        {
            ["access_token"] = state.AccessToken,
            ["expires_in"] = 28800,
            ["ms_rtc_identityscope"] = "local",
            ["token_type"] = "Bearer",
        }, ("Cache-Control", "no-store"), ("Pragma", "no-cache"));
    }

    /// <summary>The challenge of an unauthenticated request, as CreateAnApplication.md step 4 shows it.</summary>
    public (string, string)[] Challenge() =>
    [
        ("WWW-Authenticate", "Bearer trusted_issuers=\"\", client_id=\"00000004-0000-0ff1-ce00-000000000000\""),
        ("WWW-Authenticate", $"MsRtcOAuth href=\"{new Uri(baseUrl, TokenPath)}\",grant_type=\"urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password\""),
    ];

    private JsonObject Link(string path) => new() { ["href"] = new Uri(baseUrl, path).ToString() };

    private static ResponseMessage Json(int status, JsonObject body, params (string, string)[] headers) =>
        Reply.With(status, "application/json; charset=utf-8", body.ToJsonString(), headers);
}
