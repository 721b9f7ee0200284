using Ucwa.Conformance.Engine.Events;

namespace Ucwa.Conformance.Engine.SignIn;

/// <summary>A conversation that offers addParticipant: where to post it, the conversation, and its state then.</summary>
internal sealed record ReadyConversation(Uri AddParticipant, Uri Conversation, string? State);

/// <summary>
/// Waits on an account's event channel for a conversation's addParticipant link: the link itself, not a
/// sequence of states, as servers skip states. A conversation event with the link embedded ends the wait;
/// one without it is read with a GET. Bounded by EventTimeoutSeconds; a failed channel stops it early.
/// </summary>
internal sealed class ConversationWait(FlowClient client, string token, TimeSpan linkWait)
{
    /// <param name="from">The index of the first event to look at (events before it belong to something else).</param>
    /// <param name="conversationOf">The conversation an event is about, or null when it is about none we wait for.</param>
    public async Task<ReadyConversation> ForAddParticipantAsync(
        string step, string readStep, EventPump pump, int from, Func<ObservedEvent, Uri?> conversationOf, CancellationToken cancel, bool once = false)
    {
        var deadline = DateTime.UtcNow + linkWait;
        var next = from;
        var lastSeen = "no conversation event";
        while (DateTime.UtcNow < deadline)
        {
            var (events, after, channelFailure) = await pump.NextEventsAsync(next, deadline - DateTime.UtcNow, cancel).ConfigureAwait(false);
            next = after;
            if (channelFailure is not null) throw client.Failed(step, channelFailure);

            foreach (var e in events)
            {
                if (conversationOf(e) is not { } href) continue;
                var links = e.LinkRel == "conversation" && e.HasEmbedded ? e.Links : null;
                var state = e.LinkRel == "conversation" ? e.EmbeddedState : null;
                if (links is null)
                {
                    var read = await client.JsonAsync(readStep, "GET", href, token, cancel, once).ConfigureAwait(false);
                    links = FlowClient.LinksOf(read);
                    state = FlowClient.Text(read, "state");
                }

                lastSeen = $"conversation {href} in state {state ?? "(unknown)"} with links {string.Join(", ", links.Keys)}";
                if (links.TryGetValue("addParticipant", out var link))
                    return new ReadyConversation(new Uri(href, link), href, state);
            }
        }

        throw client.Failed(step, $"no addParticipant link within {linkWait.TotalSeconds:0.#} s (EventTimeoutSeconds); last seen: {lastSeen}");
    }

    /// <summary>The first event from <paramref name="from"/> on that <paramref name="wanted"/> accepts, within the wait.</summary>
    public async Task<ObservedEvent> ForEventAsync(string step, EventPump pump, int from, Func<ObservedEvent, bool> wanted, string what, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + linkWait;
        var next = from;
        var seen = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            var (events, after, channelFailure) = await pump.NextEventsAsync(next, deadline - DateTime.UtcNow, cancel).ConfigureAwait(false);
            next = after;
            if (channelFailure is not null) throw client.Failed(step, channelFailure);
            if (events.FirstOrDefault(wanted) is { } found) return found;
            seen.AddRange(events.Select(e => $"{e.Type} {e.LinkRel}"));
        }

        throw client.Failed(step, $"no {what} within {linkWait.TotalSeconds:0.#} s (EventTimeoutSeconds); events seen: {(seen.Count == 0 ? "none" : string.Join(", ", seen))}");
    }
}
