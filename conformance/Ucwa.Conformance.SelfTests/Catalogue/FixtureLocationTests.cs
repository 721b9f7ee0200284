using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Reporting;

namespace Ucwa.Conformance.SelfTests.Catalogue;

/// <summary>Fixtures are read from the repository, so an edited fixture counts even with --no-build (a copy in bin/ would be stale).</summary>
[TestFixture]
public sealed class FixtureLocationTests
{
    [Test]
    public void Fixtures_are_read_from_the_repository_not_from_the_build_output()
    {
        RepositoryPaths.Root.Should().NotBeNull();

        Path.GetFullPath(FixturePaths.Root).Should().Be(Path.GetFullPath(Path.Combine(RepositoryPaths.Root!, "fixtures")));
        FixturePaths.Root.Should().NotStartWith(AppContext.BaseDirectory);
    }
}
