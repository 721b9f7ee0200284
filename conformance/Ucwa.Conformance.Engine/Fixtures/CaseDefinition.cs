namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>One conformance case, as read from <c>fixtures/cases/&lt;id&gt;.json</c> (format in fixtures/README.md).</summary>
public sealed record CaseDefinition(
    string Id,
    string Summary,
    IReadOnlyList<string> Requirements,
    RequestDefinition Request,
    Expectation Expect,
    IReadOnlyList<WireFormat>? Formats = null)
{
    public IReadOnlyList<WireFormat> FormatsToRun => Formats ?? WireFormats.All;

    /// <summary>The case's name in one format, <c>&lt;id&gt;.&lt;json|xml&gt;</c>: its NUnit test name, filter and report row.</summary>
    public string NameIn(WireFormat format) => $"{Id}.{format.Name()}";

    public override string ToString() => Id;
}

/// <summary>What a case sends. Everything is optional; the defaults make a plain POST in the case's format.</summary>
public sealed record RequestDefinition(
    string Method = "POST",
    IReadOnlyDictionary<string, FieldValue>? Fields = null,
    PerFormat? Body = null,
    PerFormat? ContentType = null,
    PerFormat? Accept = null,
    IReadOnlyList<string>? OmitHeaders = null,
    int Times = 1);

/// <summary>
/// The answer a conforming server gives. A subcode of <c>None</c> also matches an absent subcode.
/// Which requirement judges which part is the check's business (Checks/).
/// </summary>
public sealed record Expectation(
    int Status,
    string? Code = null,
    IReadOnlyList<string>? Subcodes = null,
    string? Parameter = null);
