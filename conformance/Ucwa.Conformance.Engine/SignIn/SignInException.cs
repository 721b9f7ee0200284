namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>
/// A step of the sign-in flow failed: the run stops at once with the step, the URL and what the server
/// answered, not with a cascade of failed cases. Never holds the password or the token.
/// </summary>
public sealed class SignInException(string step, string problem)
    : Exception($"Sign-in failed at \"{step}\": {problem}. No case was run.")
{
    public string Step { get; } = step;

    /// <summary>What went wrong at the step: the URL and the answer, secrets masked.</summary>
    public string Problem { get; } = problem;
}
