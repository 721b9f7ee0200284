using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;
using Ucwa.Conformance.SelfTests.Support;

namespace Ucwa.Conformance.SelfTests.Judge;

/// <summary>The judge accepts the documentation's examples and rejects the documentation's mistakes.</summary>
[TestFixture]
public sealed class DocumentedExamplesTests
{
    private const string DocumentedLocation = "/ucwa/v1/applications/192/communication/invitations/303";

    public static IEnumerable<string> ListedErrors() =>
        Directory.EnumerateFiles(Path.Combine(FixturePaths.Root, "documented", "errors")).Select(Path.GetFileName).OfType<string>().Order();

    [TestCaseSource(nameof(ListedErrors))]
    public void A_documented_error_body_is_a_UCWA_reason(string file)
    {
        var format = file.EndsWith(".xml", StringComparison.Ordinal) ? WireFormat.Xml : WireFormat.Json;

        var (body, problem) = ErrorBody.ReadStrict(MadeEvidence.Documented("errors/" + file), format);

        problem.Should().BeNull();
        body!.Code.Should().BeOneOf("Conflict", "ServiceFailure", "Gone");
        body.Message.Should().NotBeNullOrEmpty();
    }

    [Test]
    public void The_https_namespace_of_the_later_docs_is_rejected()
    {
        var (body, problem) = ErrorBody.ReadStrict(MadeEvidence.Documented("mistakes/reason-https-namespace.xml"), WireFormat.Xml);

        body.Should().BeNull();
        problem.Should().Contain("https://schemas.microsoft.com/rtc/2012/03/ucwa");
    }

    [TestCase("participantInvitation.json", WireFormat.Json)]
    [TestCase("participantInvitation.xml", WireFormat.Xml)]
    public void The_documented_invitation_passes_the_invitation_checks(string file, WireFormat format)
    {
        var evidence = MadeEvidence.Of("documented-request", format,
            MadeEvidence.Response(201, headers: ("Location", DocumentedLocation)),
            MadeEvidence.Response(200, format.MediaType(), MadeEvidence.Documented(file)),
            new Dictionary<string, string> { ["operationId"] = "74cb7404e0a247d5a2d4eb0376a47dbf", ["to"] = "sip:john@contoso.com" });

        new LocationGetCheck("AP-LOCATION-GET").Judge(evidence).Kind.Should().Be(CheckResult.Result.Pass);
        new EchoCheck("AP-INVITATION-ECHO", "operationId", "to").Judge(evidence).Kind.Should().Be(CheckResult.Result.Pass);
        new InvitationFieldsCheck("AP-INVITATION-FIELDS").Judge(evidence).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void The_documented_incoming_direction_is_rejected()
    {
        var evidence = MadeEvidence.Of("documented-request", WireFormat.Json,
            MadeEvidence.Response(201, headers: ("Location", DocumentedLocation)),
            MadeEvidence.Response(200, "application/json", MadeEvidence.Documented("mistakes/participantInvitation-incoming.json")));

        var result = new InvitationFieldsCheck("AP-INVITATION-FIELDS").Judge(evidence);

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Seen.Should().Be("direction Incoming");
    }

    [TestCase(WireFormat.Json, "addParticipant-request.json")]
    [TestCase(WireFormat.Xml, "addParticipant-request.xml")]
    public void The_suite_sends_the_documented_request(WireFormat format, string documented)
    {
        var c = StubRun.Cases.Single(x => x.Id == "documented-request");
        var target = new Engine.Running.TargetSettings(MadeEvidence.Target, "cwt=x", new Dictionary<string, string> { ["Invitee"] = "sip:john@contoso.com" }, TimeSpan.FromSeconds(1));

        var (request, _) = Engine.Running.RequestComposer.Compose(c, format, target);

        Canonical(request!.Body!, format).Should().Be(Canonical(MadeEvidence.Documented(documented), format));
        request.ContentType.Should().Be(format.MediaType());
    }

    private static string Canonical(string body, WireFormat format) => format == WireFormat.Json
        ? System.Text.Json.Nodes.JsonNode.Parse(body)!.ToJsonString()
        : System.Xml.Linq.XDocument.Parse(body).Root!.ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
}
