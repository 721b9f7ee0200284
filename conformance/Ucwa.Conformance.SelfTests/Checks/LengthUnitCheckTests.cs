using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Exchanges;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>
/// AP-OPID-UNIT: operationIds of up to 50 characters are accepted whatever their plane; the verdict says which
/// unit the server was seen to count, and names UTF-16 code units only when the probes show it.
/// </summary>
[TestFixture]
public sealed class LengthUnitCheckTests
{
    private static readonly string Bmp = string.Concat(Enumerable.Repeat("é字", 25));        // 50 chars, 50 UTF-16 units, 125 bytes
    private static readonly string Astral = string.Concat(Enumerable.Repeat("😀", 50));       // 50 chars, 100 units, 200 bytes
    private static readonly string Astral25 = string.Concat(Enumerable.Repeat("😀", 25));     // 25 chars, 50 units, 100 bytes
    private static readonly string Astral26 = string.Concat(Enumerable.Repeat("😀", 26));     // 26 chars, 52 units, 104 bytes
    private static readonly string Latin25 = new('é', 25);                                     // 25 chars, 25 units, 50 bytes

    private static RecordedResponse Refused => Made.JsonError(400, "BadRequest", "ParameterValidationFailure");

    private static CheckResult Judge(params (string Sent, RecordedResponse Answer)[] probes) =>
        new LengthUnitCheck("AP-OPID-UNIT").Judge(Made.Evidence([.. probes.Select(p =>
            Made.Submission(p.Answer, null, new Dictionary<string, string> { ["operationId"] = p.Sent }))]));

    [Test]
    public void Every_probe_accepted_passes_saying_the_server_counts_characters()
    {
        var result = Judge((Bmp, Made.Created()), (Astral, Made.Created()), (Astral26, Made.Created()));

        result.Kind.Should().Be(CheckResult.Result.Pass);
        result.Note.Should().Be("all 3 probes accepted, up to 50 characters (100 UTF-16 code units, 200 UTF-8 bytes): the server was seen to count characters");
    }

    [Test]
    public void One_BMP_probe_cannot_tell_characters_from_UTF16_units()
    {
        var result = Judge((Bmp, Made.Created()));

        result.Kind.Should().Be(CheckResult.Result.Pass);
        result.Note.Should().Be("50 characters (50 UTF-16 code units, 125 UTF-8 bytes) accepted: the server counts characters or UTF-16 code units: these probes do not tell them apart");
    }

    [Test]
    public void Refusing_only_what_is_over_50_UTF16_units_names_them()
    {
        var result = Judge((Bmp, Made.Created()), (Astral, Refused), (Astral25, Made.Created()), (Astral26, Refused));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("201 for an operationId of 50 characters (100 UTF-16 code units, 200 UTF-8 bytes)");
        result.Seen.Should().Be("400 BadRequest/ParameterValidationFailure");
        result.Note.Should().StartWith("the server was seen to count UTF-16 code units (refused: 50 characters");
    }

    [Test]
    public void Refusing_what_is_over_50_bytes_names_UTF8_bytes_not_UTF16_units()
    {
        var result = Judge((Bmp, Refused), (Astral, Refused), (Latin25, Made.Created()));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Note.Should().StartWith("the server was seen to count UTF-8 bytes");
        result.Note.Should().NotContain("count UTF-16");
    }

    [Test]
    public void Refusing_both_50_character_probes_points_at_UTF8_bytes()
    {
        var result = Judge((Bmp, Refused), (Astral, Refused));

        result.Note.Should().Be("the server was seen to count UTF-8 bytes (refused: 50 characters (50 UTF-16 code units, 125 UTF-8 bytes); "
                                + "50 characters (100 UTF-16 code units, 200 UTF-8 bytes))");
    }

    [Test]
    public void Answers_no_unit_explains_say_so()
    {
        // 25 BMP characters refused but 50 accepted: no limit of 50 in any unit does that.
        var result = Judge((Bmp, Made.Created()), (Latin25, Refused));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Note.Should().StartWith("the answers fit no unit with a limit of 50");
    }

    [Test]
    public void Another_refusal_is_not_read_as_a_length_verdict()
    {
        var result = Judge((Bmp, Made.JsonError(500, "ServiceFailure")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Note.Should().Be("no probe was answered 201 or 400: the unit counted is unknown");
    }

    [Test]
    public void Without_an_operationId_sent_nothing_was_counted()
    {
        Judge(("", Made.Created())).Note.Should().StartWith("0 characters (0 UTF-16 code units, 0 UTF-8 bytes) accepted");
    }
}
