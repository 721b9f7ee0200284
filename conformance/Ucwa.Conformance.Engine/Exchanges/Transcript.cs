using System.Text;

namespace Ucwa.Conformance.Engine.Exchanges;

/// <summary>A case's traffic as text for failure messages, with secrets redacted and bodies bounded.</summary>
public static class Transcript
{
    private const int MaxBodyChars = 2000;

    public static string Of(CaseExchange exchange)
    {
        var text = new StringBuilder();
        if (exchange.NotExercised is not null)
            text.AppendLine("not sent: " + exchange.NotExercised);
        foreach (var s in exchange.Submissions)
        {
            Append(text, s.Post);
            if (s.InvitationGet is not null) Append(text, s.InvitationGet);
            if (s.Events is not null) text.AppendLine($"events for it: {s.Events}" + (s.Events.Problem is null ? "" : $" ({s.Events.Problem})"));
            if (s.Cancel is not null) Append(text, s.Cancel);
        }

        return text.ToString().TrimEnd();
    }

    public static void Append(StringBuilder text, HttpExchange x)
    {
        text.AppendLine($">>> {x.Request.Method} {x.Request.Url}");
        foreach (var (name, value) in x.Request.Headers) text.AppendLine($">>> {name}: {value}");
        if (x.Request.Body is not null) text.AppendLine(Bound(x.Request.Body));
        if (x.Response is null)
        {
            text.AppendLine("<<< (no response) " + x.Failure);
            return;
        }

        text.AppendLine($"<<< {x.Response.Status} {x.Response.Reason}");
        foreach (var (name, value) in x.Response.Headers) text.AppendLine($"<<< {name}: {value}");
        if (x.Response.Body.Length > 0) text.AppendLine(Bound(x.Response.Body));
    }

    /// <summary>A body cut to a length a message can carry, saying how much was left out.</summary>
    public static string Bound(string body) =>
        body.Length <= MaxBodyChars ? body : body[..MaxBodyChars] + $"… ({body.Length - MaxBodyChars} more characters)";
}
