namespace Ucwa.Conformance.Engine.Configuration;

/// <summary>
/// One user-facing setting: a runsettings TestRunParameter and an environment variable. Users script
/// against these names; they are a contract (README, "Configuration").
/// </summary>
public sealed record Setting(string Parameter, string Environment, string? Default = null, bool IsSecret = false)
{
    public static readonly Setting TargetUrl = new("TargetUrl", "UCWA_TARGET_URL");
    public static readonly Setting AccessToken = new("AccessToken", "UCWA_ACCESS_TOKEN", IsSecret: true);
    public static readonly Setting Invitee = new("Invitee", "UCWA_INVITEE", "sip:john@contoso.com");
    public static readonly Setting Strict = new("Strict", "UCWA_STRICT", "false");
    public static readonly Setting RequestTimeoutSeconds = new("RequestTimeoutSeconds", "UCWA_REQUEST_TIMEOUT_SECONDS", "15");
    public static readonly Setting MaxConcurrency = new("MaxConcurrency", "UCWA_MAX_CONCURRENCY", "4");
    public static readonly Setting CaCertificate = new("CaCertificate", "UCWA_CA_CERTIFICATE");
    public static readonly Setting ReportName = new("ReportName", "UCWA_REPORT_NAME");
    public static readonly Setting ReportsDirectory = new("ReportsDirectory", "UCWA_REPORTS_DIR");
    public static readonly Setting Snapshot = new("Snapshot", "UCWA_SNAPSHOT", "verify");
    public static readonly Setting DiscoveryUrl = new("DiscoveryUrl", "UCWA_DISCOVERY_URL");
    public static readonly Setting Username = new("Username", "UCWA_USERNAME");
    public static readonly Setting Password = new("Password", "UCWA_PASSWORD", IsSecret: true);
    public static readonly Setting EventsUrl = new("EventsUrl", "UCWA_EVENTS_URL");
    public static readonly Setting EventTimeoutSeconds = new("EventTimeoutSeconds", "UCWA_EVENT_TIMEOUT_SECONDS", "40");

    /// <summary>The <c>to</c> values that make the target answer each listed error.</summary>
    public static readonly IReadOnlyList<Setting> Triggers =
    [
        new("Trigger.ServiceFailure.CallbackChannelError", "UCWA_TRIGGER_SERVICEFAILURE_CALLBACKCHANNELERROR"),
        new("Trigger.Conflict.AlreadyExists", "UCWA_TRIGGER_CONFLICT_ALREADYEXISTS"),
        new("Trigger.Conflict.TooManyGroups", "UCWA_TRIGGER_CONFLICT_TOOMANYGROUPS"),
        new("Trigger.Conflict.None", "UCWA_TRIGGER_CONFLICT_NONE"),
        new("Trigger.Gone.CannotRedirect", "UCWA_TRIGGER_GONE_CANNOTREDIRECT"),
    ];

    /// <summary>Every setting, for start-up validation and the rerun line.</summary>
    public static IReadOnlyList<Setting> All =>
    [
        TargetUrl, AccessToken, DiscoveryUrl, Username, Password, EventsUrl, Invitee, Strict, RequestTimeoutSeconds,
        EventTimeoutSeconds, MaxConcurrency, CaCertificate, ReportName, ReportsDirectory, Snapshot, .. Triggers,
    ];

    public override string ToString() => $"{Parameter} ({Environment})";
}
