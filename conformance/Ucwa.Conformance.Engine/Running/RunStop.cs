namespace Ucwa.Conformance.Engine.Running;

/// <summary>Where a run stopped before its cases (configuration, fixtures, preflight, sign-in) and why: one message for the whole run.</summary>
public sealed record RunStop(string Step, string Reason)
{
    public const string Configuration = "configuration";
    public const string Fixtures = "fixtures";
    public const string Preflight = "preflight";
    public const string SignIn = "sign-in";

    public override string ToString() => $"The run stopped at {Step}: {Reason}";
}
