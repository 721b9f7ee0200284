namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// The server under test, as the suite knows it: the addParticipant URL it was given (nothing else about
/// its paths), the token, and the values cases draw on (<c>Invitee</c>, <c>Trigger.&lt;Code&gt;.&lt;Subcode&gt;</c>).
/// </summary>
public sealed record TargetSettings(
    Uri AddParticipantUrl,
    string AccessToken,
    IReadOnlyDictionary<string, string> Values,
    TimeSpan RequestTimeout,
    int MaxConcurrency = 4,
    Uri? EventsUrl = null,
    TimeSpan? EventTimeout = null,
    System.Security.Cryptography.X509Certificates.X509Certificate2? ExtraTrustedCa = null)
{
    public const string DefaultInvitee = "sip:john@contoso.com";

    /// <summary>How long a case waits for an awaited event (the docs: an invitation fails after about 30 s).</summary>
    public TimeSpan EventWait => EventTimeout ?? TimeSpan.FromSeconds(40);

    /// <summary>The target's origin (scheme, host, port): Location and links must stay on it.</summary>
    public string Origin => AddParticipantUrl.GetLeftPart(UriPartial.Authority);
}
