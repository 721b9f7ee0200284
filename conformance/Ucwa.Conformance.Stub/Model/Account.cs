namespace Ucwa.Conformance.Stub.Model;

/// <summary>A test account: it signs in with the password grant and is given its own token.</summary>
internal sealed record Account(string Username, string Password, string DisplayName, string Token)
{
    public string SipUri => "sip:" + Username;
}
