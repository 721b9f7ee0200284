using System.Text.Json.Serialization;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Requirements;

[JsonConverter(typeof(JsonStringEnumConverter<Level>))]
public enum Level
{
    /// <summary>A failure fails the run.</summary>
    MUST,

    /// <summary>A failure is a warning unless the run is strict.</summary>
    SHOULD,
}

/// <summary>One requirement of the conformance profile (fixtures/requirements.json).</summary>
public sealed record Requirement(
    string Id,
    Level Level,
    string Area,
    string Text,
    IReadOnlyList<WireFormat> Formats,
    bool Inferred = false)
{
    public override string ToString() => $"{Id} ({Level}{(Inferred ? ", inferred" : "")}): {Text}";
}
