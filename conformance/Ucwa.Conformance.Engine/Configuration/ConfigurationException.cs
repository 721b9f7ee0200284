namespace Ucwa.Conformance.Engine.Configuration;

/// <summary>A setting with a value the suite cannot use (or a missing one), named with both its spellings.</summary>
public sealed class ConfigurationException(Setting setting, string value, string problem)
    : Exception(value.Length > 0 ? $"{setting}: \"{value}\" {problem}" : $"{setting} {problem}")
{
    public Setting Setting { get; } = setting;
}
