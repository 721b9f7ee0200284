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
    int MaxConcurrency = 4)
{
    public const string DefaultInvitee = "sip:john@contoso.com";

    /// <summary>The target's origin (scheme, host, port): Location and links must stay on it.</summary>
    public string Origin => AddParticipantUrl.GetLeftPart(UriPartial.Authority);
}
