namespace Ucwa.Conformance.Engine.Exchanges;

/// <summary>Keeps secrets out of everything the suite records or prints.</summary>
public static class Redaction
{
    public const string Mask = "<redacted>";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Cookie", "Set-Cookie" };

    /// <summary><paramref name="text"/> with every occurrence of each secret masked (a server may echo a token in a body).</summary>
    public static string Without(string text, IEnumerable<string> secrets) =>
        secrets.Where(s => s.Length > 0).Aggregate(text, (t, secret) => t.Replace(secret, Mask, StringComparison.Ordinal));

    /// <summary>The secret values carried by <paramref name="headers"/>: the bearer token, cookies.</summary>
    public static IEnumerable<string> SecretsIn(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.Where(h => IsSecretHeader(h.Key))
            .Select(h => h.Value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? h.Value["Bearer ".Length..] : h.Value);

    public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

    public static string HeaderValue(string name, string value) =>
        !IsSecretHeader(name) ? value
        : value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "Bearer " + Mask
        : Mask;
}
