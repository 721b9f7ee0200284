using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-ERR-KNOWN: the (code, subcode) pair is listed for addParticipant or generic; an unknown one names its request.</summary>
[TestFixture]
public sealed class KnownErrorCheckTests
{
    private static CheckResult Judge(RecordedResponse answer, WireFormat format = WireFormat.Json) =>
        new KnownErrorCheck("AP-ERR-KNOWN", StubRun.Errors).Judge(new Evidence(Made.Run([Made.Submission(answer)], format, caseId: "malformed-body"), null));

    [TestCase("Conflict", "AlreadyExists")]
    [TestCase("Conflict", null)]
    [TestCase("Conflict", "None")]
    [TestCase("BadRequest", "DeserializationFailure")]
    public void A_listed_or_generic_pair_passes(string code, string? subcode)
    {
        Judge(Made.JsonError(409, code, subcode)).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void An_unknown_pair_fails_naming_the_request_that_produced_it()
    {
        var result = Judge(Made.XmlError(400, "BadRequest", "Garbled"), WireFormat.Xml);

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("a (code, subcode) listed for addParticipant or a documented generic one");
        result.Seen.Should().Be("BadRequest/Garbled");
        result.Note.Should().Be($"produced by POST {Made.Target} (malformed-body.xml)");
    }

    [Test]
    public void An_unknown_code_without_subcode_is_shown_with_None()
    {
        Judge(Made.JsonError(400, "Garbled")).Seen.Should().Be("Garbled/None");
    }

    [Test]
    public void A_body_without_a_readable_code_is_left_to_AP_ERR_BODY()
    {
        var result = Judge(Made.Response(400, "Bad Request", "application/json", "[]"));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Contain("AP-ERR-BODY");
    }

    [Test]
    public void A_success_is_not_judged()
    {
        Judge(Made.Created()).Kind.Should().Be(CheckResult.Result.NotApplicable);
    }
}
