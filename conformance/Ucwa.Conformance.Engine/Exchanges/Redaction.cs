namespace Ucwa.Conformance.Engine.Exchanges;

/// <summary>Keeps secrets out of everything the suite records or prints.</summary>
public static class Redaction
{
    public const string Mask = "<redacted>";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Cookie", "Set-Cookie" };

    public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

    public static string HeaderValue(string name, string value) =>
        !IsSecretHeader(name) ? value
        : value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "Bearer " + Mask
        : Mask;
}
