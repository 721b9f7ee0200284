using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.SelfTests.Deviations;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Catalogue;

/// <summary>The README's tables show every requirement and every deviation the data holds.</summary>
[TestFixture]
public sealed class ReadmeTests
{
    private static string Readme()
    {
        var root = typeof(ReadmeTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        return File.ReadAllText(Path.Combine(root, "README.md"));
    }

    [Test]
    public void Lists_every_requirement_with_its_level()
    {
        var readme = Readme();

        StubRun.Requirements.All.Should().OnlyContain(r => readme.Contains($"| `{r.Id}` | {r.Level}", StringComparison.Ordinal));
    }

    [Test]
    public void Lists_every_deviation()
    {
        var readme = Readme();

        Deviation.All().Should().OnlyContain(d => readme.Contains($"| `{d.Id}` |", StringComparison.Ordinal));
    }

    [Test]
    public void Lists_the_commands_exit_codes_as_its_help_does()
    {
        var readme = Readme();
        var codes = Ucwa.Conformance.Cli.ExitCodes.Help.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 3 && char.IsDigit(l[0])).Select(l => $"| {l[0]} | {l[3..].Trim()} |").ToList();

        codes.Should().HaveCount(4);
        codes.Should().OnlyContain(row => readme.Contains(row.Replace("--strict", "`--strict`", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
