using System.Diagnostics;

namespace Ucwa.Conformance.SelfTests.Reports;

/// <summary>
/// Debian's Chromium, headless, on a page of ours: the DOM after the page's scripts ran, or a screenshot.
/// Each start gets a fresh profile folder, and the flags that keep it off the network (this machine's is
/// closed) and off the sandbox (root in a container).
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The browser's path, or null when none is installed.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .SelectMany(dir => Names.Select(name => Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>The serialized DOM of <paramref name="page"/> (with <paramref name="query"/> added to its address) once its scripts ran.</summary>
    public static string DumpDom(string page, string query = "") => Run("--dump-dom", new Uri(page).AbsoluteUri + query);

    public static void Screenshot(string page, string png, int width, int height) =>
        Run($"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri);

    private static string Run(params string[] arguments)
    {
        var browser = Find() ?? throw new InvalidOperationException("no chromium on PATH");
        var profile = Path.Combine(Path.GetTempPath(), "ucwa-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                 }.Concat(arguments))
            start.ArgumentList.Add(flag);
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            // A bound on a hung browser, not a timed assertion: the test fails with the browser's own output.
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("chromium did not finish within 2 minutes: " + stderr.Result);
            }

            if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // The browser may still hold a file for a moment; the folder is temporary anyway.
            }
        }
    }
}
