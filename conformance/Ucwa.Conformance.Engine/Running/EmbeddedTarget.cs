namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// A server started in the process when the user names no target (the front doors hand in the stub): the
/// run signs in to it like to any other. The engine knows nothing of it but this.
/// </summary>
public sealed record EmbeddedTarget(Uri DiscoveryUrl, string Username, string Password, IReadOnlyDictionary<string, string> Triggers, IDisposable Server);
