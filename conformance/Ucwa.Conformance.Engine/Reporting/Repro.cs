using System.Text;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>How to reproduce a case: the command that reruns it against the same target, and a curl line (token left to the shell).</summary>
public static class Repro
{
    /// <param name="settings">The run's settings as environment assignments (<see cref="Configuration.RunSettings.RerunPrefix"/>).</param>
    public static string Rerun(string settings, string caseName) =>
        $"{settings}dotnet test conformance/Ucwa.Conformance --filter \"Name={caseName}\"";

    /// <summary>The case's first request as curl; the token is <c>$UCWA_ACCESS_TOKEN</c>, never its value.</summary>
    public static string? Curl(CaseResult result)
    {
        if (result.Exchange.Submissions.Count == 0) return null;
        var request = result.Exchange.Primary.Post.Request;
        var line = new StringBuilder($"curl -i -X {request.Method} {Quote(request.Url.ToString())}");
        foreach (var (name, value) in request.Headers)
        {
            line.Append(Redaction.IsSecretHeader(name)
                ? $" -H \"{name}: Bearer $UCWA_ACCESS_TOKEN\""
                : $" -H {Quote($"{name}: {value}")}");
        }

        if (request.Body is not null) line.Append($" --data-binary {Quote(request.Body)}");
        return line.ToString();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
