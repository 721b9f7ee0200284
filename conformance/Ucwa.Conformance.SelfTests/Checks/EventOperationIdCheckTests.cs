using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.SelfTests.Checks;

/// <summary>AP-EVENT-OPID: every event that embeds the invitation carries the operationId sent.</summary>
[TestFixture]
public sealed class EventOperationIdCheckTests
{
    private static CheckResult Judge(EventsSeen seen, string? sent = "op-1") =>
        new EventOperationIdCheck("AP-EVENT-OPID").Judge(Made.Evidence(Made.Submission(Made.Created(), Made.Response(200, "OK"),
            sent is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["operationId"] = sent }, seen)));

    [Test]
    public void Embedded_invitations_with_the_operationId_sent_pass()
    {
        Judge(Made.Seen(Made.Event("started", embedded: true, operationId: "op-1"), Made.Event("completed", embedded: true, operationId: "op-1")))
            .Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Events_that_embed_nothing_are_not_judged_for_it()
    {
        Judge(Made.Seen(Made.Event("started", embedded: true, operationId: "op-1"), Made.Event("completed"))).Kind.Should().Be(CheckResult.Result.Pass);
    }

    [Test]
    public void Another_operationId_in_any_embedded_invitation_fails()
    {
        var result = Judge(Made.Seen(Made.Event("started", embedded: true, operationId: "op-1"), Made.Event("completed", embedded: true, operationId: "op-2")));

        result.Kind.Should().Be(CheckResult.Result.Fail);
        result.Expected.Should().Be("operationId \"op-1\" in every embedded invitation");
        result.Seen.Should().Be("completed event with operationId \"op-2\"");
    }

    [Test]
    public void An_embedded_invitation_without_operationId_fails()
    {
        Judge(Made.Seen(Made.Event("started", embedded: true))).Seen.Should().Be("started event with operationId (absent)");
    }

    [Test]
    public void Without_an_operationId_sent_there_is_nothing_to_compare()
    {
        var result = Judge(Made.Seen(Made.Event("started", embedded: true, operationId: "op-2")), sent: null);

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("no operationId was sent");
    }

    [Test]
    public void Without_an_embedding_event_there_is_nothing_to_compare()
    {
        var result = Judge(Made.Seen(Made.Event("started"), Made.Event("completed")));

        result.Kind.Should().Be(CheckResult.Result.NotApplicable);
        result.Note.Should().Be("no event embedded the invitation");
    }
}
