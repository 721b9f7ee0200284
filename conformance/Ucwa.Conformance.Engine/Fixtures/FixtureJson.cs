using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ucwa.Conformance.Engine.Fixtures;

/// <summary>Reads fixture files strictly: an unknown or misspelt member is an error, not silently ignored.</summary>
public static class FixtureJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public static T Read<T>(string root, string file)
    {
        var shown = FixturePaths.Display(root, file);
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException e)
        {
            throw new FixtureException(shown, "cannot be read: " + e.Message, e);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, Options) ?? throw new FixtureException(shown, "is empty (null)");
        }
        catch (JsonException e)
        {
            throw new FixtureException(shown, "is not a valid fixture: " + e.Message, e);
        }
    }
}
