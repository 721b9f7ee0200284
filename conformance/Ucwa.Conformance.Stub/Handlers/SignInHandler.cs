using System.Text.Json.Nodes;
using System.Web;
using Ucwa.Conformance.Stub.Model;
using Ucwa.Conformance.Stub.Wire;
using WireMock;

namespace Ucwa.Conformance.Stub.Handlers;

/// <summary>
/// Autodiscovery and the OAuth password grant (RootURL.md, user_ref.md, AuthenticationInUCWA.md): the root
/// links the user resource; the user resource answers 401 with the MsRtcOAuth challenge until a token is
/// shown, then links the applications; the token endpoint trades a test account's credentials for its token.
/// </summary>
internal sealed class SignInHandler(StubModel model, Uri baseUrl)
{
    public const string RootPath = "/autodiscover/autodiscoverservice.svc/root";
    public const string UserPath = RootPath + "/oauth/user";
    public const string TokenPath = "/WebTicket/oauthtoken";

    public ResponseMessage Root(StubRequest request) =>
        Json(200, new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["self"] = Link(RootPath),
                ["user"] = Link(UserPath),
                ["xframe"] = Link("/autodiscover/XFrame/XFrame.html"),
            },
        });

    public ResponseMessage User(StubRequest request) =>
        Json(200, new JsonObject
        {
            ["_links"] = new JsonObject { ["self"] = Link(UserPath), ["applications"] = Link(StubModel.ApplicationsPath) },
        });

    /// <summary>The errors of RFC 6749 §5.2: invalid_request for a missing parameter, unsupported_grant_type for an unknown grant, invalid_grant for wrong credentials.</summary>
    public ResponseMessage Token(StubRequest request)
    {
        var form = HttpUtility.ParseQueryString(request.Body);
        var grant = form["grant_type"];
        if (string.IsNullOrEmpty(grant))
            return Error("invalid_request", "The grant_type parameter is missing.");
        if (grant != "password")
            return Error("unsupported_grant_type", $"The grant type {grant} is not supported.");
        if (string.IsNullOrEmpty(form["username"]) || string.IsNullOrEmpty(form["password"]))
            return Error("invalid_request", "The username and password parameters are required with the password grant.");
        if (model.AccountNamed(form["username"]) is not { } account || account.Password != form["password"])
            return Error("invalid_grant", "The user name or password is incorrect.");
        return Json(200, new JsonObject
        {
            ["access_token"] = account.Token,
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

    private static ResponseMessage Error(string error, string description) =>
        Json(400, new JsonObject { ["error"] = error, ["error_description"] = description }, ("Cache-Control", "no-store"));

    private JsonObject Link(string path) => new() { ["href"] = new Uri(baseUrl, path).ToString() };

    private static ResponseMessage Json(int status, JsonObject body, params (string, string)[] headers) =>
        Reply.With(status, "application/json; charset=utf-8", body.ToJsonString(), headers);
}
