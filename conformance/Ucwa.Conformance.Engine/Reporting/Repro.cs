using System.Text;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Verdicts;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>How to reproduce a case by hand: a curl line (token left to the shell) and the dotnet test filter that reruns it.</summary>
public static class Repro
{
    public static string Filter(CaseResult result) =>
        $"dotnet test conformance/Ucwa.Conformance --filter \"Name={result.Name}\"";

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
