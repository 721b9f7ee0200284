using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Catalogue;

/// <summary>Every requirement of the profile has a check and cases in each of its formats; no case names an unknown one.</summary>
[TestFixture]
public sealed class RequirementCoverageTests
{
    [Test]
    public void Every_requirement_has_cases_in_each_of_its_formats()
    {
        var uncovered =
            from r in StubRun.Requirements.All
            from format in r.Formats
            where !StubRun.Cases.Any(c => c.Requirements.Contains(r.Id) && c.FormatsToRun.Contains(format))
            select $"{r.Id} in {format}";

        uncovered.Should().BeEmpty("every requirement of fixtures/requirements.json needs a case in fixtures/cases/");
    }

    [Test]
    public void Every_requirement_has_exactly_its_check()
    {
        var checks = new CheckRegistry(StubRun.Errors);
        var profile = StubRun.Requirements.All.Select(r => r.Id);

        checks.RequirementIds.Should().BeEquivalentTo(profile, "the checks must judge exactly the profile's requirements");
    }

    [Test]
    public void Every_case_names_only_known_requirements()
    {
        StubRun.Cases.SelectMany(c => c.Requirements).Should().OnlyContain(id => StubRun.Requirements.Contains(id));
    }
}
