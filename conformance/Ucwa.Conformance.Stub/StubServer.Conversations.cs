using Ucwa.Conformance.Stub.Handlers;

namespace Ucwa.Conformance.Stub;

// Routes: starting conversations (ad hoc meeting, messaging) and leaving them.
public sealed partial class StubServer
{
    private void MapConversations()
    {
        var conversations = new ConversationHandler(_model, _reasons, Log);
        AppRoute(1, "POST", "/communication/onlineMeetingInvitations", conversations.StartOnlineMeeting);
        AppRoute(1, "POST", "/communication/messagingInvitations", conversations.StartMessaging);
        AppRoute(1, "POST", "/communication/messagingInvitations/{id}/accept", (r, a) => conversations.Answer(r, a, accept: true));
        AppRoute(1, "POST", "/communication/messagingInvitations/{id}/decline", (r, a) => conversations.Answer(r, a, accept: false));
        AppRoute(1, "DELETE", "/communication/conversations/{id}", conversations.Leave);
    }
}
