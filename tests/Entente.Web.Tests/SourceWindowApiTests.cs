using System.Text;
using Entente.Web.Api;

namespace Entente.Web.Tests;

/// <summary>
/// The source reader's data for a text longer than one window: each answer holds one window of the text with only the
/// mentions and claims that fall in it, offsets into the whole text, and the totals; <c>?from=</c> and <c>?claim=</c>
/// pick the window. (A 1 MB text sent whole was 28 MB of JSON.)
/// </summary>
public sealed class SourceWindowApiTests(WorkbenchFixture fx) : IClassFixture<WorkbenchFixture>
{
    private const string Sentence = "In 2020, Iran trained Hezbollah fighters in Lebanon. ";

    /// <summary>About 60,000 characters: two windows, under the fixture's 64 KB upload limit.</summary>
    private static readonly string Long = new StringBuilder().Insert(0, Sentence, 60_000 / Sentence.Length).ToString();

    [Fact]
    public async Task A_long_text_comes_a_window_at_a_time_with_its_own_spans_and_the_totals()
    {
        var id = await fx.Client.UploadTextAsync("long.txt", Long);

        var first = await fx.Client.GetJsonAsync($"/api/sources/{id}");
        var second = await fx.Client.GetJsonAsync($"/api/sources/{id}?from={SourcePage.Size}");

        var length = first.GetProperty("text_length").GetInt32();
        Assert.True(length > SourcePage.Size, $"the stored text has {length} characters");
        Assert.Equal((0, SourcePage.Size), (first.GetProperty("text_start").GetInt32(), first.GetProperty("text_end").GetInt32()));
        Assert.Equal((SourcePage.Size, length), (second.GetProperty("text_start").GetInt32(), second.GetProperty("text_end").GetInt32()));
        Assert.Equal(length, first.Str("text").Length + second.Str("text").Length);
        foreach (var window in new[] { first, second })
        {
            var start = window.GetProperty("text_start").GetInt32();
            var text = window.Str("text");
            var mentions = window.GetProperty("mentions").Items().ToList();
            Assert.NotEmpty(mentions);
            foreach (var m in mentions)
            {
                var (s, e) = (m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32());
                Assert.True(s < start + text.Length && e > start, $"mention [{s},{e}) outside the window at {start}");
                if (s >= start && e <= start + text.Length) Assert.Equal(m.Str("text"), text[(s - start)..(e - start)]);
            }
            var claims = window.GetProperty("claims").Items().ToList();
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.True(c.GetProperty("evidence").GetProperty("start").GetInt32() < start + text.Length
                && c.GetProperty("evidence").GetProperty("end").GetInt32() > start));
        }
        // Every span is in one window or, across the cut, in both; the totals count the whole source.
        var mentionsTotal = first.GetProperty("mentions_total").GetInt32();
        var distinct = first.GetProperty("mentions").Items().Concat(second.GetProperty("mentions").Items())
            .Select(m => (m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), m.GetProperty("entity").Str("id"))).Distinct().Count();
        Assert.Equal(mentionsTotal, distinct);
        Assert.Equal(mentionsTotal, second.GetProperty("mentions_total").GetInt32());
        var claimsTotal = first.GetProperty("claims_total").GetInt32();
        var claimIds = first.GetProperty("claims").Items().Concat(second.GetProperty("claims").Items()).Select(c => c.Str("id")).Distinct().Count();
        Assert.Equal(claimsTotal, claimIds);
        Assert.True(first.GetProperty("claims").GetArrayLength() < claimsTotal);
    }

    [Fact]
    public async Task A_claim_asks_for_the_window_that_holds_its_evidence()
    {
        var id = await fx.Client.UploadTextAsync("long-claims.txt", Long.Replace("Lebanon", "Syria"));
        var late = (await fx.Client.GetJsonAsync($"/api/sources/{id}?from={SourcePage.Size}")).GetProperty("claims").Items()
            .First(c => c.GetProperty("evidence").GetProperty("start").GetInt32() >= SourcePage.Size);

        var window = await fx.Client.GetJsonAsync($"/api/sources/{id}?claim={late.Str("id")}");

        Assert.Equal(SourcePage.Size, window.GetProperty("text_start").GetInt32());
        Assert.Contains(window.GetProperty("claims").Items(), c => c.Str("id") == late.Str("id"));
    }

    [Fact]
    public async Task An_article_is_sent_whole_and_a_negative_offset_is_refused()
    {
        var id = await fx.Client.UploadTextAsync("short.txt", Sentence);

        var whole = await fx.Client.GetJsonAsync($"/api/sources/{id}");
        using var refused = await fx.Client.GetAsync($"/api/sources/{id}?from=-1", TestContext.Current.CancellationToken);

        Assert.Equal(Sentence.Trim(), whole.Str("text").Trim());
        Assert.Equal(0, whole.GetProperty("text_start").GetInt32());
        Assert.Equal(whole.GetProperty("text_length").GetInt32(), whole.GetProperty("text_end").GetInt32());
        Assert.Equal(whole.GetProperty("mentions_total").GetInt32(), whole.GetProperty("mentions").GetArrayLength());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(49_999, 120_000, 0, 50_000)]
    [InlineData(50_000, 120_000, 50_000, 100_000)]
    [InlineData(119_999, 120_000, 100_000, 120_000)]
    [InlineData(500_000, 120_000, 100_000, 120_000)]
    [InlineData(0, 100_000, 0, 50_000)]
    [InlineData(100_000, 100_000, 50_000, 100_000)]
    public void The_window_of_an_offset_lies_on_the_fixed_grid(int offset, int length, int start, int end)
    {
        var page = SourcePage.At(offset, length);
        Assert.Equal((start, end, length), (page.Start, page.End, page.Length));
    }
}
