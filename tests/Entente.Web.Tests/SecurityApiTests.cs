using System.Net;
using System.Text;
using Entente.Web.Hosting;
using Entente.Web.Security;

namespace Entente.Web.Tests;

public sealed class SecurityApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_no_sniffing()
    {
        using var response = await fx.Client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task No_CORS_headers_are_ever_sent()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/verdicts");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-entente-token");
        using var response = await fx.Client.SendAsync(preflight, TestContext.Current.CancellationToken);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        get.Headers.Add("Origin", "https://evil.example");
        using var got = await fx.Client.SendAsync(get, TestContext.Current.CancellationToken);
        Assert.False(got.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_state_changing_request_from_another_origin_is_refused()
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/verdicts")
        {
            Content = new StringContent("""{"claim_id":"x","kind":"accept"}""", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("Origin", "https://evil.example");
        using var response = await fx.Client.SendAsync(post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("localhost", false)]
    [InlineData("::1", false)]
    [InlineData("0.0.0.0", true)]
    [InlineData("192.0.2.10", true)]
    public void A_token_is_generated_only_when_listening_beyond_this_machine(string host, bool generated)
    {
        var token = AccessToken.For(host, null);
        Assert.Equal(generated, token.IsSet);
        if (generated) Assert.True(token.Value!.Length >= 32);
        Assert.Equal("given", AccessToken.For(host, "given").Value);
    }

    [Fact]
    public async Task Listening_on_all_addresses_requires_the_generated_token()
    {
        await using var running = await WorkbenchServer.StartAsync(new WorkbenchOptions
        {
            Database = fx.DatabasePath,
            Host = "0.0.0.0",
            Port = 0,
            Knowledge = WorkbenchFixture.Knowledge,
        }, TestContext.Current.CancellationToken);
        Assert.NotNull(running.Token);
        Assert.Contains("?token=", running.BrowserUrl);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{running.Url.Port}") };
        using var refused = await client.GetAsync("/api/sources", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        client.DefaultRequestHeaders.Add(AccessToken.HeaderName, running.Token);
        using var allowed = await client.GetAsync("/api/sources", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}

public sealed class TokenApiTests(TokenWorkbenchFixture fx) : IClassFixture<TokenWorkbenchFixture>
{
    [Fact]
    public async Task With_a_token_set_API_requests_without_it_are_401()
    {
        using var bare = new HttpClient { BaseAddress = fx.Server.Url };
        using var get = await bare.GetAsync("/api/graph/irn", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        using var post = await bare.PostAsync("/api/verdicts",
            new StringContent("""{"claim_id":"x","kind":"accept"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        bare.DefaultRequestHeaders.Add(AccessToken.HeaderName, "wrong-token");
        using var wrong = await bare.GetAsync("/api/graph/irn", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task With_the_token_in_its_header_requests_go_through()
    {
        var graph = await fx.Client.GetJsonAsync("/api/graph/irn");
        Assert.Equal("irn", graph.GetProperty("center").Str("id"));
        var (status, _) = await fx.Client.PostJsonAsync("/api/verdicts", """{"claim_id":"c-nope","kind":"accept"}""");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task The_page_itself_loads_without_the_token_and_holds_no_data()
    {
        using var bare = new HttpClient { BaseAddress = fx.Server.Url };
        using var page = await bare.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("S-300", html);
    }
}
