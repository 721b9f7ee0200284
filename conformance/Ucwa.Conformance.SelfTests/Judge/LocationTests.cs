using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Judge;

[TestFixture]
public sealed class LocationTests
{
    [TestCase("/ucwa/oauth/v1/applications/192/communication/participantInvitations/303")]
    [TestCase("https://fe1.contoso.com/ucwa/oauth/v1/applications/192/communication/participantInvitations/303")]
    [TestCase("https://FE1.contoso.com:443/x")]
    public void A_server_relative_or_same_origin_Location_is_usable(string location)
    {
        LocationHeaderCheck.Problem(MadeEvidence.Target, location).Should().BeNull();
    }

    [TestCase(null, "without a Location")]
    [TestCase("", "without a Location")]
    [TestCase("https://evil.example/x", "another origin")]
    [TestCase("http://fe1.contoso.com/x", "another origin")]
    [TestCase("//evil.example/x", "another origin")]
    [TestCase("participantInvitations/303", "neither")]
    public void Another_origin_or_no_Location_is_not(string? location, string problem)
    {
        LocationHeaderCheck.Problem(MadeEvidence.Target, location).Should().Contain(problem);
    }
}
