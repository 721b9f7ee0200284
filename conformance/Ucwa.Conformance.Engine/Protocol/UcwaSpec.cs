using System.Xml.Linq;

namespace Ucwa.Conformance.Engine.Protocol;

/// <summary>Protocol constants, as the documentation states them (not as any server or stub writes them).</summary>
public static class UcwaSpec
{
    /// <summary>The UCWA XML namespace. The later docs' <c>https://</c> form is a documentation mistake.</summary>
    public static readonly XNamespace Namespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    public const string VndJson = "application/vnd.microsoft.com.ucwa+json";
    public const string VndXml = "application/vnd.microsoft.com.ucwa+xml";

    /// <summary>The participantInvitation's <c>state</c> values (its reference page's enum).</summary>
    public static readonly IReadOnlyList<string> InvitationStates = ["Alerting", "Cancelled", "Connected", "Connecting", "Declined", "Failed", "Forwarded", "TeamRing"];

    /// <summary>The states of an invitation still in progress (not yet answered): the only ones a <c>cancel</c> can act on.</summary>
    public static readonly IReadOnlyList<string> InvitationInProgress = ["Alerting", "Connecting", "TeamRing"];
}
