using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-OPID-UNIT: 50 non-ASCII characters are within the limit; the verdict says which unit the server counted.</summary>
[TestFixture]
public sealed class LengthUnitCheckTests
{
    // 48 characters of two UTF-8 bytes, and two of four (outside the BMP: two UTF-16 units each).
    private static readonly string Fifty = new string('é', 48) + "😀😀";

    private static CheckResult Judge(RecordedResponse answer, string? sent) =>
        new LengthUnitCheck("AP-OPID-UNIT").Judge(Made.Evidence(Made.Submission(answer, null,
            sent is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["operationId"] = sent })));

    [Test]
    public void Acceptance_passes_saying_the_server_counts_characters()
    {
        var result = Judge(Made.Created(), Fifty);

        result.Kind.Should().Be(CheckResult.Result.Pass);
        result.Note.Should().Be("the server counts characters: 50 characters (104 UTF-8 bytes) accepted");
    }

    [Test]
    public void A_400_fails_suggesting_the_server_counts_bytes()
    {
        var result = Judge(Made.JsonError(400, "BadRequest", "ParameterValidationFailure"), Fifty);

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("201 for an operationId of 50 characters");
        result.Seen.Should().Be("400 BadRequest/ParameterValidationFailure");
        result.Note.Should().Be("the server appears to count UTF-8 bytes (104), or UTF-16 units, not characters");
    }

    [Test]
    public void Another_refusal_fails_without_guessing_the_unit()
    {
        var result = Judge(Made.JsonError(500, "ServiceFailure"), Fifty);

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Note.Should().BeNull();
    }

    [Test]
    public void Without_an_operationId_sent_nothing_was_counted()
    {
        Judge(Made.Created(), null).Note.Should().Be("the server counts characters: 0 characters (0 UTF-8 bytes) accepted");
    }
}
