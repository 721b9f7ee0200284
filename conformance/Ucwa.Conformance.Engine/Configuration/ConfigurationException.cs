namespace Ucwa.Conformance.Engine.Configuration;

/// <summary>A setting with a value the suite cannot use, named with both its spellings.</summary>
public sealed class ConfigurationException(Setting setting, string value, string problem)
    : Exception($"{setting}: \"{value}\" {problem}");
