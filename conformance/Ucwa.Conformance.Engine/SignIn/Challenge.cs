using System.Text.RegularExpressions;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// The MsRtcOAuth challenge of a 401 (AuthenticationInUCWA.md): the token endpoint and the grant types.
/// Read from separate WWW-Authenticate headers or from one merged header, as captures show both.
/// </summary>
public static partial class Challenge
{
    public static (Uri? TokenUrl, IReadOnlyList<string> GrantTypes) Read(IEnumerable<string> wwwAuthenticate, Uri baseUrl)
    {
        foreach (var header in wwwAuthenticate)
        {
            var at = header.IndexOf("MsRtcOAuth", StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = header[at..];
            var href = Param(rest, "href");
            var grants = Param(rest, "grant_type")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
            return (href is not null && Uri.TryCreate(baseUrl, href, out var url) ? url : null, grants);
        }

        return (null, []);
    }

    private static string? Param(string challenge, string name)
    {
        var m = Regex.Match(challenge, $@"\b{Regex.Escape(name)}\s*=\s*(""(?<v>[^""]*)""|(?<v>[^,\s]+))", RegexOptions.IgnoreCase);
        return m.Success ? m.Groups["v"].Value : null;
    }
}
