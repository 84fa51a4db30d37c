using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Entente.Web.Tests;

public sealed class UploadApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    private async Task<(HttpStatusCode, string)> UploadAsync(string name, byte[] bytes, string type)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", name);
        using var response = await fx.Client.PostAsync("/api/uploads", form, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_uploaded_article_is_extracted_stored_and_idempotent()
    {
        const string text = "Drone deliveries\nIn 2023, Iran supplied Shahed-136 drones to Russia, officials said.\n";
        var (status, body) = await UploadAsync("drones.md", Encoding.UTF8.GetBytes(text), "text/markdown");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Contains("\"added\":true", body);
        var (again, repeat) = await UploadAsync("drones.md", Encoding.UTF8.GetBytes(text), "text/markdown");
        Assert.Equal(HttpStatusCode.Created, again);
        Assert.Contains("\"added\":false", repeat);
        var sources = await fx.Client.GetJsonAsync("/api/sources");
        Assert.Equal(4, sources.GetArrayLength());
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_413()
    {
        var (status, body) = await UploadAsync("big.txt", Encoding.UTF8.GetBytes(new string('a', 70 * 1024)), "text/plain");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("big.txt", body);
    }

    [Fact]
    public async Task An_upload_of_a_type_the_readers_do_not_know_is_415()
    {
        var (status, body) = await UploadAsync("tool.exe", [0x4d, 0x5a, 0x90, 0x00], "application/octet-stream");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("tool.exe", body);
    }
}
