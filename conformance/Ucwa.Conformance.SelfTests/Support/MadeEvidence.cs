using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Support;

/// <summary>Hand-made evidence, to judge one response without a server.</summary>
internal static class MadeEvidence
{
    public static readonly Uri Target = new("https://fe1.contoso.com/ucwa/oauth/v1/applications/192/communication/participantInvitations?conversation=137");

    public static RecordedResponse Response(int status, string? contentType = null, string body = "", params (string, string)[] headers) =>
        new(status, "", [.. headers.Select(h => KeyValuePair.Create(h.Item1, h.Item2)),
            .. contentType is null ? [] : new[] { KeyValuePair.Create("Content-Type", contentType) }], body);

    /// <summary>A case's first answer, and optionally the GET of its Location.</summary>
    public static Evidence Of(string caseId, WireFormat format, RecordedResponse answer, RecordedResponse? invitation = null, IReadOnlyDictionary<string, string>? sent = null)
    {
        var c = StubRun.Cases.Single(x => x.Id == caseId);
        HttpExchange Exchange(string method, RecordedResponse r) => new(new RecordedRequest(method, Target, [], null), r, null);
        var submission = new Submission(sent ?? new Dictionary<string, string>(), Exchange("POST", answer), invitation is null ? null : Exchange("GET", invitation));
        return new Evidence(new CaseExchange(c, format, Target, format.MediaType(), [submission]), null);
    }

    public static string Documented(string relativePath) =>
        File.ReadAllText(Path.Combine(FixturePaths.Root, "documented", relativePath));
}
