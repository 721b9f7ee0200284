using System.CommandLine;

namespace Ucwa.Conformance.Stub;

/// <summary>
/// The standalone stub's command line: every option with its type and range, so an unknown option
/// (<c>--prot</c>), a malformed value (<c>--port abc</c>) or a value out of range stops the stub with the
/// problem and the usage, before it starts; <c>--help</c> prints the usage.
/// </summary>
public static class StubCommandLine
{
    public static readonly Option<int> Port = new("--port")
    {
        Description = "TCP port on 127.0.0.1 (0: a free one)",
        DefaultValueFactory = _ => 0,
        Validators = { r => InRange(r, 0, 65535) },
    };

    public static readonly Option<int> LatencyMs = new("--latency-ms")
    {
        Description = "milliseconds added before every answer",
        Validators = { r => InRange(r, 0, 600_000) },
    };

    public static readonly Option<FileInfo?> EnvFile = new("--env-file")
    {
        Description = "also write the suite's UCWA_* variables to this file, one NAME=value per line",
    };

    public static readonly Option<FileInfo?> BehaviourFile = new("--behaviour")
    {
        Description = "a JSON file of stub knobs (as a deviation fixture's \"stub\" member); the options below override it",
    };

    public static readonly Option<string?> InviteeAnswer = new("--invitee-answer")
    {
        Description = "how the person invited answers: accept, decline or never (default accept)",
    };

    public static readonly Option<int?> InviteeAnswerAfterMs = new("--invitee-answer-after-ms")
    {
        Description = "milliseconds after the invitation before the invitee answers (default 200)",
        Validators = { r => InRange(r, 0, 600_000) },
    };

    public static readonly Option<int?> EventHoldMs = new("--event-hold-ms")
    {
        Description = "milliseconds an event request is held with no event when the client gives no timeout (default 180000)",
        Validators = { r => InRange(r, 1, 1_800_000) },
    };

    public static readonly Option<bool> Chunked = new("--chunked")
    {
        Description = "send bodies with Transfer-Encoding: chunked instead of Content-Length",
    };

    static StubCommandLine() => InviteeAnswer.AcceptOnlyFromAmong(InviteeBehaviour.Answers);

    /// <summary>The root command; <paramref name="run"/> runs the stub with the parsed behaviour, port and env file.</summary>
    public static RootCommand Create(Func<StubBehaviour, int, FileInfo?, CancellationToken, Task<int>> run)
    {
        var root = new RootCommand("A conforming UCWA 2.0 server (sign-in, applications, ad hoc meetings, addParticipant) for clients and for the conformance suite's live mode.")
        {
            Port, LatencyMs, EnvFile, BehaviourFile, InviteeAnswer, InviteeAnswerAfterMs, EventHoldMs, Chunked,
        };
        root.SetAction(async (result, cancel) =>
        {
            StubBehaviour behaviour;
            try
            {
                behaviour = Behaviour(result);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"--behaviour {result.GetValue(BehaviourFile)?.FullName}: {e.Message}").ConfigureAwait(false);
                return 2;
            }

            return await run(behaviour, result.GetValue(Port), result.GetValue(EnvFile), cancel).ConfigureAwait(false);
        });
        return root;
    }

    /// <summary>The knobs: the --behaviour file's (or the defaults), with the options given on the line in their place.</summary>
    public static StubBehaviour Behaviour(ParseResult result)
    {
        var behaviour = result.GetValue(BehaviourFile) is { } file ? StubBehaviour.FromJson(File.ReadAllText(file.FullName)) : new StubBehaviour();
        var invitee = behaviour.Invitee;
        if (result.GetValue(InviteeAnswer) is { } answer) invitee = invitee with { Answer = answer };
        if (result.GetValue(InviteeAnswerAfterMs) is { } after) invitee = invitee with { AnswerAfterMs = after };
        return behaviour with
        {
            LatencyMs = result.GetResult(LatencyMs) is null ? behaviour.LatencyMs : result.GetValue(LatencyMs),
            EventHoldMs = result.GetValue(EventHoldMs) ?? behaviour.EventHoldMs,
            Invitee = invitee,
            Transport = result.GetValue(Chunked) ? behaviour.Transport with { Chunked = true } : behaviour.Transport,
        };
    }

    /// <summary>A range check that leaves a value that is not a number to the parser's own message.</summary>
    private static void InRange(System.CommandLine.Parsing.OptionResult result, int min, int max)
    {
        if (result.Tokens.Count == 1
            && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && (n < min || n > max))
            result.AddError($"{result.Option.Name} must be between {min} and {max}, not {n}");
    }
}
