using System.Globalization;

namespace Ucwa.Conformance.Engine.Configuration;

/// <summary>
/// The settings of one run. A parameter (command line or runsettings file) wins over the environment,
/// which wins over the default; an empty value counts as not given, so a shipped runsettings file with
/// empty parameters never hides the environment.
/// </summary>
public sealed class RunSettings(Func<string, string?> parameter, Func<string, string?> environment)
{
    public string? Get(Setting s) =>
        NonEmpty(parameter(s.Parameter)) ?? NonEmpty(environment(s.Environment)) ?? s.Default;

    /// <summary>The live target, or null for the embedded stub.</summary>
    public Uri? TargetUrl => Url(Setting.TargetUrl);

    /// <summary>The autodiscovery root: with Username and Password, the suite signs in and sets up the conversation itself.</summary>
    public Uri? DiscoveryUrl => Url(Setting.DiscoveryUrl);

    /// <summary>The test account's credentials (the password is a secret, redacted like the token).</summary>
    public (string Username, string Password)? Account => (Get(Setting.Username), Get(Setting.Password)) switch
    {
        ({ } user, { } password) => (user, password),
        (null, null) => null,
        _ => throw new ConfigurationException(Get(Setting.Username) is null ? Setting.Username : Setting.Password, "", "must be given together with the other (Username and Password)"),
    };

    /// <summary>The application's events link; without it (and without the stub) the event cases are inconclusive.</summary>
    public Uri? EventsUrl => Url(Setting.EventsUrl);

    /// <summary>A CA to trust in addition to the system's, read from a PEM file; never a way to turn checks off.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? CaCertificate
    {
        get
        {
            if (Get(Setting.CaCertificate) is not { } path) return null;
            try
            {
                return System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
            {
                throw new ConfigurationException(Setting.CaCertificate, path, "is not a readable PEM certificate: " + e.Message);
            }
        }
    }

    public TimeSpan EventTimeout => TimeSpan.FromSeconds(WholeNumber(Setting.EventTimeoutSeconds, 1, 3600));

    public string? AccessToken => Get(Setting.AccessToken);

    /// <summary>The folder under reports/: as given, else the target's (or discovery root's) host, else "stub" for the embedded stub.</summary>
    public string ReportName => Get(Setting.ReportName) is { } name
        ? name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name is not ("." or "..")
            ? name
            : throw new ConfigurationException(Setting.ReportName, name, "cannot be a folder name")
        : TargetUrl?.Host ?? DiscoveryUrl?.Host ?? "stub";

    /// <summary>The folder report folders go in: as given, else the repository's reports/.</summary>
    public string ReportsDirectory => Get(Setting.ReportsDirectory) is { } given ? Path.GetFullPath(given) : Reporting.RepositoryPaths.DefaultReports;

    /// <summary>This run's report folder, reports/&lt;ReportName&gt;.</summary>
    public string ReportFolder => Path.Combine(ReportsDirectory, ReportName);

    public string Snapshot => Get(Setting.Snapshot) is var mode && Snapshots.SnapshotFile.Modes.Contains(mode)
        ? mode!
        : throw new ConfigurationException(Setting.Snapshot, mode ?? "", "is not one of verify, accept, off");

    public bool Strict => Get(Setting.Strict) is { } v && (bool.TryParse(v, out var b)
        ? b
        : throw new ConfigurationException(Setting.Strict, v, "is neither true nor false"));

    public TimeSpan RequestTimeout => TimeSpan.FromSeconds(WholeNumber(Setting.RequestTimeoutSeconds, 1, 3600));

    public int MaxConcurrency => WholeNumber(Setting.MaxConcurrency, 1, 256);

    /// <summary>Invitee and the configured triggers, by setting name: the values cases draw on.</summary>
    public IReadOnlyDictionary<string, string> CaseValues =>
        Setting.Triggers.Append(Setting.Invitee)
            .Select(s => (s.Parameter, Value: Get(s)))
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Parameter, p => p.Value!, StringComparer.Ordinal);

    private Uri? Url(Setting s) => Get(s) is { } url
        ? Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ConfigurationException(s, url, "is not an absolute http(s) URL")
        : null;

    /// <summary>Whole numbers only: "2.5" is refused rather than read as something the user did not write.</summary>
    private int WholeNumber(Setting s, int min, int max)
    {
        var text = Get(s)!;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ConfigurationException(s, text, $"is not a whole number from {min} to {max}");
    }

    /// <summary>
    /// Every setting's problem, found before the run sends anything: each value is read once here, so a bad
    /// one stops the run at start-up with one message naming it, never case by case.
    /// </summary>
    public IReadOnlyList<ConfigurationException> Problems()
    {
        var reads = new Action[]
        {
            () => _ = TargetUrl, () => _ = DiscoveryUrl, () => _ = EventsUrl, () => _ = Account, () => _ = CaCertificate,
            () => _ = EventTimeout, () => _ = RequestTimeout, () => _ = MaxConcurrency, () => _ = ReportName, () => _ = Snapshot,
            () => _ = Strict,
        };
        var problems = new List<ConfigurationException>();
        foreach (var read in reads)
        {
            try
            {
                read();
            }
            catch (ConfigurationException e)
            {
                problems.Add(e);
            }
        }

        if (problems.Count > 0) return problems;
        if (IsGiven(Setting.DiscoveryUrl) && !IsGiven(Setting.Username))
            problems.Add(new ConfigurationException(Setting.Username, "", "and Password (UCWA_PASSWORD) must be given with DiscoveryUrl: the suite signs in as that test account"));
        if (IsGiven(Setting.TargetUrl) && !IsGiven(Setting.AccessToken) && !IsGiven(Setting.DiscoveryUrl))
            problems.Add(new ConfigurationException(Setting.AccessToken, "", "must be given with TargetUrl: a live server needs a token"));
        return problems;
    }

    /// <summary>
    /// The settings that pointed this run at its target, as environment assignments to put before a rerun
    /// command (the default runsettings leave the environment in force). Secrets are never written: the line
    /// names the variables that must hold them.
    /// </summary>
    public string RerunPrefix()
    {
        var given = Setting.All.Where(s => s != Setting.Snapshot && IsGiven(s)).ToList();
        var assignments = given.Where(s => !s.IsSecret).Select(s => $"{s.Environment}={Quote(Get(s)!)} ");
        var secrets = given.Where(s => s.IsSecret).Select(s => s.Environment).ToList();
        return (secrets.Count > 0 ? $"(with {string.Join(" and ", secrets)} set) " : "") + string.Concat(assignments);
    }

    private bool IsGiven(Setting s) => (NonEmpty(parameter(s.Parameter)) ?? NonEmpty(environment(s.Environment))) is not null;

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
