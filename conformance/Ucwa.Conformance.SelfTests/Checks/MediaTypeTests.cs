using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>The judge reads a Content-Type or Accept by its essence, and tells a body's format by its first character.</summary>
[TestFixture]
public sealed class MediaTypeTests
{
    [TestCase("application/json", "application/json")]
    [TestCase("Application/JSON; charset=utf-8", "application/json")]
    [TestCase("  application/xml ;charset=utf-8", "application/xml")]
    [TestCase("text/plain", "text/plain")]
    [TestCase("; charset=utf-8", "")]
    [TestCase("", null)]
    [TestCase("   ", null)]
    [TestCase(null, null)]
    public void The_essence_is_the_type_without_parameters_in_lower_case(string? header, string? essence)
    {
        MediaType.Essence(header).Should().Be(essence);
    }

    [TestCase("application/json", WireFormat.Json)]
    [TestCase("application/json; charset=utf-8", WireFormat.Json)]
    [TestCase("application/vnd.microsoft.com.ucwa+json", WireFormat.Json)]
    [TestCase("Application/Vnd.Microsoft.Com.Ucwa+Json", WireFormat.Json)]
    [TestCase("application/xml", WireFormat.Xml)]
    [TestCase("APPLICATION/XML; charset=utf-8", WireFormat.Xml)]
    [TestCase("application/vnd.microsoft.com.ucwa+xml", WireFormat.Xml)]
    public void JSON_and_XML_are_named_plainly_or_in_the_vnd_form(string header, WireFormat format)
    {
        MediaType.FormatOf(header).Should().Be(format);
    }

    [TestCase("text/xml")]
    [TestCase("text/json")]
    [TestCase("application/problem+json")]
    [TestCase("*/*")]
    [TestCase("")]
    [TestCase(null)]
    public void Other_types_are_no_UCWA_format(string? header)
    {
        MediaType.FormatOf(header).Should().BeNull();
    }

    [TestCase("{\"code\":\"BadRequest\"}", WireFormat.Json)]
    [TestCase("[1]", WireFormat.Json)]
    [TestCase("<reason/>", WireFormat.Xml)]
    [TestCase("\uFEFF \t\r\n{}", WireFormat.Json)]
    [TestCase("\n  <?xml version=\"1.0\"?><reason/>", WireFormat.Xml)]
    public void A_body_looks_like_JSON_or_XML_by_its_first_character_after_blanks(string body, WireFormat format)
    {
        MediaType.Sniff(body).Should().Be(format);
    }

    [TestCase("")]
    [TestCase(" \r\n\t")]
    [TestCase("Bad request")]
    [TestCase("\"text\"")]
    public void Other_bodies_look_like_neither(string body)
    {
        MediaType.Sniff(body).Should().BeNull();
    }
}
