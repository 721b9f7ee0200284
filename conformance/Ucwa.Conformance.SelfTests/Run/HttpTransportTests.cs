using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Ucwa.Conformance.Engine.Running;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ucwa.Conformance.SelfTests.Run;

/// <summary>The transport hands the checks the text a server sent: without a byte order mark, with every header recorded.</summary>
[TestFixture]
public sealed class HttpTransportTests
{
    private static async Task<Engine.Exchanges.RecordedResponse> FetchAsync(byte[] body, string contentType, params (string, string)[] headers)
    {
        using var server = WireMockServer.Start();
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(body);
        foreach (var (name, value) in headers) response = response.WithHeader(name, value);
        server.Given(Request.Create().UsingGet()).RespondWith(response);
        using var transport = new HttpTransport(TimeSpan.FromSeconds(10), 1);

        var x = await transport.SendAsync("GET", new Uri(server.Url! + "/resource"), [new("Accept", "application/json")], null, null);

        return x.Response!;
    }

    private static byte[] WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    [TestCase("application/json; charset=utf-8")]
    [TestCase("application/json")]
    [TestCase("APPLICATION/JSON ;  CHARSET=\"UTF-8\"")]
    public async Task Drops_a_UTF8_byte_order_mark(string contentType)
    {
        var r = await FetchAsync(WithBom("{\"rel\":\"participantInvitation\"}"), contentType);

        r.Body.Should().Be("{\"rel\":\"participantInvitation\"}");
    }

    [Test]
    public async Task Keeps_the_same_character_anywhere_but_at_the_start()
    {
        var r = await FetchAsync(Encoding.UTF8.GetBytes("{\"a\":\"x\uFEFFy\"}"), "application/json; charset=utf-8");

        r.Body.Should().Be("{\"a\":\"x\uFEFFy\"}");
    }

    [Test]
    public async Task Records_every_header_the_server_sent()
    {
        var r = await FetchAsync(Encoding.UTF8.GetBytes("{}"), "application/json", ("X-MS-UcwaVersion", "2"), ("Allow", "POST"));

        r.Header("X-MS-UcwaVersion").Should().Be("2");
        r.Header("allow").Should().Be("POST");
        r.ContentType.Should().Be("application/json");
    }
}
