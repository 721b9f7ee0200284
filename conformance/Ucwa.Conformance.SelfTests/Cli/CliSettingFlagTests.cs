using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Cli;
using Ucwa.Conformance.Engine.Configuration;

namespace Ucwa.Conformance.SelfTests.Cli;

/// <summary>Every setting a user can give has its flag, and no secret has one: a new setting cannot be forgotten by the command.</summary>
[TestFixture]
public sealed class CliSettingFlagTests
{
    [Test]
    public void Every_setting_but_the_secrets_has_a_flag_naming_its_variable()
    {
        var flagged = SettingOptions.All.Select(o => o.Setting).ToList();

        flagged.Should().BeEquivalentTo(Setting.All.Where(s => !s.IsSecret));
        SettingOptions.All.Should().OnlyContain(o => o.Option.Description!.Contains($"[{o.Setting.Environment}]", StringComparison.Ordinal));
    }
}
