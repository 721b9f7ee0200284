using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-201-DISTINCT: two accepted requests create two invitations at different Locations, compared once resolved.</summary>
[TestFixture]
public sealed class DistinctLocationCheckTests
{
    private static readonly DistinctLocationCheck Check = new("AP-201-DISTINCT");

    [Test]
    public void Two_different_Locations_pass()
    {
        Check.Judge(Made.Evidence(Made.Submission(Made.Created("/invitations/1")), Made.Submission(Made.Created("/invitations/2"))))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void The_same_Location_twice_fails_showing_them()
    {
        var result = Check.Judge(Made.Evidence(Made.Submission(Made.Created("/invitations/1")), Made.Submission(Made.Created("/invitations/1"))));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("2 different Locations");
        result.Seen.Should().Be("1 different: https://fe1.contoso.com/invitations/1, https://fe1.contoso.com/invitations/1");
    }

    [Test]
    public void A_relative_and_an_absolute_Location_naming_the_same_invitation_are_the_same()
    {
        Check.Judge(Made.Evidence(Made.Submission(Made.Created(Made.RelativeLocation)), Made.Submission(Made.Created(Made.Location.ToString()))))
            .Kind.Should().Be(CheckResult.Result.Fail);
    }

    [Test]
    public void Fewer_than_two_201s_give_nothing_to_compare()
    {
        var result = Check.Judge(Made.Evidence(Made.Submission(Made.Created("/invitations/1")), Made.Submission(Made.JsonError(409, "Conflict"))));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("1 of 2 requests were answered 201");
    }

    [Test]
    public void A_201_without_a_Location_is_left_to_AP_201_LOCATION()
    {
        var result = Check.Judge(Made.Evidence(Made.Submission(Made.Created("/invitations/1")), Made.Submission(Made.Created(null))));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Contain("AP-201-LOCATION");
    }
}
