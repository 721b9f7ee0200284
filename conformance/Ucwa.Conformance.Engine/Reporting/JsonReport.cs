using System.Text.Json;
using System.Text.Json.Nodes;
using Ucwa.Conformance.Engine.Fixtures;

namespace Ucwa.Conformance.Engine.Reporting;

/// <summary>
/// conformance-report.json: a contract that tools read. Keep its fields and values:
/// summary{passed,failed,warnings,inconclusive,skipped}, stopped (null, or {step,reason} when the run stopped
/// before its cases), requirements[{id,level,outcome}], cases[{id,requirements,format,outcome,message}].
/// </summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(RunReport report)
    {
        var root = new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["passed"] = report.Count(ReportOutcome.Passed),
                ["failed"] = report.Count(ReportOutcome.Failed),
                ["warnings"] = report.Count(ReportOutcome.Warning),
                ["inconclusive"] = report.Count(ReportOutcome.Inconclusive),
                ["skipped"] = report.Count(ReportOutcome.Skipped),
            },
            ["stopped"] = report.Stopped is { } stop ? new JsonObject { ["step"] = stop.Step, ["reason"] = stop.Reason } : null,
            ["requirements"] = new JsonArray([.. report.Requirements.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Requirement.Id,
                ["level"] = r.Requirement.Level.ToString(),
                ["outcome"] = r.Outcome,
            })]),
            ["cases"] = new JsonArray([.. report.Cases.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Case.Id,
            ["requirements"] = new JsonArray([.. c.Case.Requirements.Select(id => (JsonNode)JsonValue.Create(id))]),
                ["format"] = c.Format.Name(),
                ["outcome"] = c.Outcome,
                ["message"] = c.Message,
            })]),
        };
        return root.ToJsonString(Indented);
    }
}
