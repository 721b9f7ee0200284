using Ucwa.Conformance.Engine.Checks;
using Ucwa.Conformance.Engine.Events;
using Ucwa.Conformance.Engine.Exchanges;
using Ucwa.Conformance.Engine.Fixtures;
using Ucwa.Conformance.Engine.Protocol;

namespace Ucwa.Conformance.Engine.Running;

/// <summary>
/// Gathers a case's <see cref="ConversationTimeline"/> from the first account's channel once its invitation
/// has completed (or the wait ran out): the conversation's events, the invitation's, and participant events
/// from sender conversation, in delivery order. An event that carries no state is followed by a GET of the
/// conversation, a participant event without a uri by a GET of the participant (only on the target's
/// origin), so the checks, pure functions of this evidence, never need to ask. On a two-party conversation
/// it waits, within the same bound, until the conversation is seen Conferenced; failing that, one last GET
/// of the conversation says where it stands.
/// </summary>
internal sealed class TimelineCollector(HttpTransport transport, IReadOnlyList<KeyValuePair<string, string>> headers, Uri target)
{
    public async Task<ConversationTimeline> CollectAsync(
        EventPump pump, int requestedAt, Uri conversation, string? stateBefore, Uri location, Uri? invitationConversation,
        DateTime createdAt, DateTime deadline, bool awaitConferenced, CancellationToken cancel)
    {
        var entries = new List<TimelineEntry>();
        var looked = 0;
        string? failure;
        while (true)
        {
            (var events, failure) = pump.SoFar;
            for (var i = looked; i < events.Count; i++)
            {
                if (!IsAbout(events[i], conversation, location, invitationConversation)) continue;
                entries.Add(await EntryAsync(events[i], createdAt, cancel).ConfigureAwait(false) with { BeforeRequest = i < requestedAt });
            }

            looked = events.Count;
            var done = !awaitConferenced || entries.Any(x => x.ConversationState(conversation) == "Conferenced");
            if (done || failure is not null || DateTime.UtcNow >= deadline) break;
            await pump.NextEventsAsync(looked, deadline - DateTime.UtcNow, cancel).ConfigureAwait(false);
        }

        if (awaitConferenced && !entries.Any(x => x.ConversationState(conversation) == "Conferenced"))
        {
            var (state, _) = await ReadAsync(conversation, "state", cancel).ConfigureAwait(false);
            entries.Add(new TimelineEntry(DateTime.UtcNow - createdAt, entries.LastOrDefault()?.Answer ?? 0, null, conversation, state));
        }

        return new ConversationTimeline(conversation, stateBefore, invitationConversation, entries, DateTime.UtcNow - createdAt, failure);
    }

    private static bool IsAbout(ObservedEvent e, Uri conversation, Uri location, Uri? invitationConversation) =>
        e.Href == location
        || (e.LinkRel == "conversation" && (e.Href == conversation || e.Href == invitationConversation))
        || (e.LinkRel == "participant" && (e.SenderHref is null || e.SenderHref == conversation || e.SenderHref == invitationConversation));

    private async Task<TimelineEntry> EntryAsync(ObservedEvent e, DateTime createdAt, CancellationToken cancel)
    {
        var at = e.ReceivedAt - createdAt;
        if (e.LinkRel == "conversation" && e.Type != "deleted")
        {
            var state = e.EmbeddedState;
            if (state is null && e.Href is not null) (state, _) = await ReadAsync(e.Href, "state", cancel).ConfigureAwait(false);
            return new TimelineEntry(at, e.Answer, e, State: state);
        }

        if (e.LinkRel == "participant")
        {
            var uri = e.Properties.GetValueOrDefault("uri");
            if (uri is null && e.Href is not null && e.Type != "deleted") (uri, _) = await ReadAsync(e.Href, "uri", cancel).ConfigureAwait(false);
            return new TimelineEntry(at, e.Answer, e, ParticipantUri: uri);
        }

        return new TimelineEntry(at, e.Answer, e, State: e.EmbeddedState);
    }

    /// <summary>A property of a resource read with a GET in JSON, or null with why.</summary>
    private async Task<(string? Value, string? Problem)> ReadAsync(Uri href, string property, CancellationToken cancel)
    {
        if (LocationHeaderCheck.Problem(target, href.ToString()) is { } off) return (null, off);
        var x = await transport.SendAsync("GET", href, headers, null, null, cancel).ConfigureAwait(false);
        if (x.Response is not { Status: 200 } ok) return (null, x.Failure ?? $"GET {href} answered {x.Response}");
        var (view, problem) = InvitationView.Read(ok.Body, WireFormat.Json);
        return (view?.Property(property), problem);
    }
}
