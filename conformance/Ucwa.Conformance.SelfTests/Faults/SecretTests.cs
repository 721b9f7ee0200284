using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.SelfTests.Support;
using Ucwa.Conformance.Stub;

namespace Ucwa.Conformance.SelfTests.Faults;

/// <summary>The access token never appears in what the suite prints. (.ci/run also searches every file a live run writes.)</summary>
[TestFixture]
public sealed class SecretTests
{
    private const string Token = "cwt=DISTINCTIVE-SECRET-7f3a9c";

    [Test]
    public async Task No_failure_message_or_transcript_shows_the_token()
    {
        // A broken stub, so that every kind of message (failures with transcripts included) is produced.
        var results = await StubRun.AllCasesAsync(new StubBehaviour { CreatedStatus = 200, RequireTo = false }, Token);

        results.Should().Contain(r => r.Outcome == Engine.Verdicts.Outcome.Failed);
        var printed = string.Join("\n", results.Select(StubRun.Describe));
        printed.Should().Contain("Authorization: Bearer <redacted>").And.NotContain("DISTINCTIVE-SECRET");
    }
}
