using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.SelfTests.Judge;

/// <summary>One spelling of an error's code and subcode, shared by the messages and the snapshot.</summary>
[TestFixture]
public sealed class ErrorBodyNameTests
{
    [TestCase("ParameterValidationFailure", "BadRequest/ParameterValidationFailure")]
    [TestCase(null, "BadRequest/None")]
    [TestCase("None", "BadRequest/None")]
    [TestCase(" ", "BadRequest/None")]
    public void Code_and_subcode_are_named_code_slash_subcode(string? subcode, string expected) =>
        new ErrorBody("BadRequest", subcode, null, []).ToString().Should().Be(expected);
}
