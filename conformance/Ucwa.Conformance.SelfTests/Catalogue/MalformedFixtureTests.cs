using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Requirements;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Catalogue;

/// <summary>A malformed fixture stops the run with a message naming the file and what is wrong in it.</summary>
[TestFixture]
public sealed class MalformedFixtureTests
{
    private const string Valid = """{"id": "x", "summary": "s", "requirements": ["AP-OPID-51"], "request": {}, "expect": {"status": 400}}""";

    [TestCase("""{"id": "x", "summary": "s", "requirements": ["AP-NOPE"], "request": {}, "expect": {"status": 400}}""", "unknown requirement \"AP-NOPE\"")]
    [TestCase("""{"id": "x", "summary": "s", "requirements": ["AP-OPID-51"], "request": {}, "expect": {"status": 400}, "expcet": 1}""", "expcet")]
    [TestCase("""{"id": "x", "summary": "s", "requirements": ["AP-OPID-51"], "request": {}}""", "expect")]
    [TestCase("""{"id": "x y", "summary": "s", "requirements": ["AP-OPID-51"], "request": {}, "expect": {"status": 400}}""", "may only use")]
    [TestCase("""{"id": "x", "summary": "s", "requirements": ["AP-OPID-51"], "request": {"fields": {"to": {"repeat": "a"}}}, "expect": {"status": 400}}""", "unknown field value")]
    [TestCase("""{"id": "x", "summary": "s", "requirements": ["AP-OPID-51"], "request": {"body": {"jsn": "{}"}}, "expect": {"status": 400}}""", "unknown format \"jsn\"")]
    [TestCase("""{"id": "x", "summary": "s", "requirements": ["AP-OPID-51"], "request": {}, "expect": {"status": 400}""", "not a valid fixture")]
    [TestCase("""{"id": "y", "summary": "s", "requirements": ["AP-OPID-51"], "request": {}, "expect": {"status": 400}}""", "must match the file name")]
    public void Names_the_file_and_the_problem(string text, string problem)
    {
        using var fixtures = new TempFixtures();
        fixtures.Write("cases/x.json", text);
        var requirements = RequirementCatalogue.Load(fixtures.Root);

        var load = () => CaseCatalogue.Load(requirements, fixtures.Root);

        load.Should().Throw<FixtureException>()
            .Which.Message.Should().Contain("fixtures/cases/x.json").And.Contain(problem);
    }

    [Test]
    public void A_valid_case_loads()
    {
        using var fixtures = new TempFixtures();
        fixtures.Write("cases/x.json", Valid);

        CaseCatalogue.Load(RequirementCatalogue.Load(fixtures.Root), fixtures.Root).Should().Contain(c => c.Id == "x");
    }

    [Test]
    public void A_malformed_requirement_catalogue_names_its_file()
    {
        using var fixtures = new TempFixtures();
        fixtures.Write("requirements.json", """{"requirements": [{"id": "AP-X", "level": "MAY", "area": "a", "text": "t", "formats": ["json"]}]}""");

        var load = () => RequirementCatalogue.Load(fixtures.Root);

        load.Should().Throw<FixtureException>().Which.Message.Should().Contain("fixtures/requirements.json");
    }
}
