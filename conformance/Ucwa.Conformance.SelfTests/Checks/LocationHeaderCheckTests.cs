using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-201-LOCATION on a whole case: every 201 it got carries a usable Location (Judge/LocationTests covers what usable means).</summary>
[TestFixture]
public sealed class LocationHeaderCheckTests
{
    private static readonly LocationHeaderCheck Check = new("AP-201-LOCATION");

    [Test]
    public void Usable_Locations_on_every_201_pass()
    {
        Check.Judge(Made.Evidence(Made.Submission(Made.Created()), Made.Submission(Made.Created(Made.Location.ToString()))))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void A_later_201_without_a_Location_fails_naming_the_origin_allowed()
    {
        var result = Check.Judge(Made.Evidence(Made.Submission(Made.Created()), Made.Submission(Made.Created(null))));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("a Location header: a server-relative path or a URL on https://fe1.contoso.com");
        result.Seen.Should().Be("201 without a Location header");
    }

    [Test]
    public void An_answer_other_than_201_needs_no_Location()
    {
        Check.Judge(Made.Evidence(Made.Submission(Made.Created()), Made.Submission(Made.JsonError(409, "Conflict"))))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Without_a_201_there_is_nothing_to_judge()
    {
        var result = Check.Judge(Made.Evidence(Made.Submission(Made.Response(200, "OK", headers: ("Location", "https://evil.example/x")))));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("no 201 to judge");
    }

    [TestCase("   ", "without a Location")]
    [TestCase("https://fe1.contoso.com:8443/x", "another origin")]
    public void A_blank_Location_or_another_port_is_not_usable(string location, string problem)
    {
        LocationHeaderCheck.Problem(Made.Target, location).Should().Contain(problem);
    }

    [Test]
    public void The_problem_quotes_the_Location()
    {
        LocationHeaderCheck.Problem(Made.Target, "https://evil.example/x").Should().Be("Location \"https://evil.example/x\" is on another origin");
        LocationHeaderCheck.Problem(Made.Target, "x y").Should().Be("Location \"x y\" is neither a server-relative path nor an absolute URL");
    }
}
