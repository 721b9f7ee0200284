using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>The judge's reader of a participantInvitation: rel, self link, scalar properties and links, in JSON and in XML.</summary>
[TestFixture]
public sealed class InvitationViewTests
{
    private const string Ucwa = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

    [Test]
    public void A_JSON_invitation_gives_its_rel_self_scalar_properties_and_links()
    {
        const string json = """
            {
              "rel": "participantInvitation", "operationId": "op-1", "count": 3, "on": true, "off": false,
              "nested": { "a": "b" }, "list": ["x"], "none": null,
              "_links": {
                "self": { "href": "/invitations/303" },
                "conversation": [ { "href": "/conversations/1" }, { "href": "/conversations/2" } ],
                "cancel": { "href": "/invitations/303/cancel" },
                "numbered": { "href": 7 },
                "empty": [],
                "text": "/invitations/303/text",
                "plain": [ "/invitations/303/plain" ]
              }
            }
            """;

        var (view, problem) = InvitationView.Read(json, WireFormat.Json);

        problem.Should().BeNull();
        view!.Rel.Should().Be("participantInvitation");
        view.SelfHref.Should().Be("/invitations/303");
        view.Properties.Keys.Should().BeEquivalentTo("rel", "operationId", "count", "on", "off");
        view.Property("count").Should().Be("3");
        view.Property("operationId").Should().Be("op-1");
        view.Property("nested").Should().BeNull();
        view.Links.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["self"] = "/invitations/303",
            ["conversation"] = "/conversations/1",
            ["cancel"] = "/invitations/303/cancel",
        });
    }

    [Test]
    public void JSON_names_are_case_sensitive()
    {
        var view = InvitationView.Read("{\"Rel\":\"participantInvitation\",\"_links\":{\"Self\":{\"href\":\"/x\"}}}", WireFormat.Json).View!;

        view.Rel.Should().BeNull();
        view.SelfHref.Should().BeNull();
    }

    [Test]
    public void JSON_links_that_are_not_an_object_give_no_links()
    {
        var view = InvitationView.Read("{\"rel\":\"participantInvitation\",\"_links\":[{\"self\":{\"href\":\"/x\"}}]}", WireFormat.Json).View!;

        view.Links.Should().BeEmpty();
        view.SelfHref.Should().BeNull();
    }

    [TestCase("[]", "the JSON body is Array, not an object")]
    [TestCase("\"participantInvitation\"", "the JSON body is String, not an object")]
    public void A_JSON_body_that_is_not_an_object_is_refused(string json, string problem)
    {
        InvitationView.Read(json, WireFormat.Json).Should().Be(((InvitationView?)null, problem));
    }

    [Test]
    public void A_body_that_is_not_JSON_is_refused_saying_so()
    {
        var (view, problem) = InvitationView.Read("<resource/>", WireFormat.Json);

        view.Should().BeNull();
        problem.Should().StartWith("the body is not JSON: ");
    }

    [Test]
    public void An_XML_invitation_gives_its_rel_self_properties_and_links_the_first_of_each_name_winning()
    {
        var xml = $"""
            <resource rel="participantInvitation" href="/invitations/303" xmlns="{Ucwa}">
              <link rel="conversation" href="/conversations/1" />
              <link rel="conversation" href="/conversations/2" />
              <link rel="cancel" />
              <link href="/nameless" />
              <property name="operationId">op-1</property>
              <property name="operationId">op-2</property>
              <property>nameless</property>
              <property name="state" xmlns="https://elsewhere.example">Connected</property>
              <link rel="other" href="/other" xmlns="https://elsewhere.example" />
            </resource>
            """;

        var (view, problem) = InvitationView.Read(xml, WireFormat.Xml);

        problem.Should().BeNull();
        view!.Rel.Should().Be("participantInvitation");
        view.SelfHref.Should().Be("/invitations/303");
        view.Properties.Should().BeEquivalentTo(new Dictionary<string, string> { ["operationId"] = "op-1" });
        view.Links.Should().BeEquivalentTo(new Dictionary<string, string> { ["conversation"] = "/conversations/1" });
    }

    [Test]
    public void An_XML_root_without_rel_or_href_has_neither()
    {
        var view = InvitationView.Read($"<resource xmlns=\"{Ucwa}\"/>", WireFormat.Xml).View!;

        view.Rel.Should().BeNull();
        view.SelfHref.Should().BeNull();
    }

    [TestCase("<resource rel=\"participantInvitation\" xmlns=\"https://schemas.microsoft.com/rtc/2012/03/ucwa\"/>",
        "the XML root is <resource> in namespace \"https://schemas.microsoft.com/rtc/2012/03/ucwa\", not <resource> in \"" + Ucwa + "\"")]
    [TestCase("<invitation xmlns=\"" + Ucwa + "\"/>", "the XML root is <invitation> in namespace \"" + Ucwa + "\", not <resource> in \"" + Ucwa + "\"")]
    public void An_XML_root_other_than_a_UCWA_resource_is_refused(string xml, string problem)
    {
        InvitationView.Read(xml, WireFormat.Xml).Should().Be(((InvitationView?)null, problem));
    }

    [Test]
    public void A_body_that_is_not_XML_is_refused_saying_so()
    {
        InvitationView.Read("{\"rel\":\"participantInvitation\"}", WireFormat.Xml).Problem.Should().StartWith("the body is not XML: ");
    }
}
