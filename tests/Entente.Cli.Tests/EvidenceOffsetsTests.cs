using System.Text.Json;
using Entente.Extraction.Normalization;
using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// `extract --format json` on the seed article: each claim's original offsets cut exactly its evidence text out of the
/// file as read, and the normalized offsets cut the same words, normalized, out of the text extraction read. The seed
/// has curly quotes and apostrophes before and inside its evidence, so the two kinds of offsets differ.
/// </summary>
public sealed class EvidenceOffsetsTests
{
    [Fact]
    public async Task Every_claim_of_the_seed_slices_the_original_file_to_exactly_its_evidence_text()
    {
        var path = SharedData.Require("eval/seed/article.txt");
        var run = await CliHarness.RunAsync("extract", path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Err);
        var file = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var normalized = new DocumentReader().Read(path).Text;
        using var json = JsonDocument.Parse(run.Out);
        var evidence = json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("evidence")).ToList();
        Assert.True(evidence.Count > 50, $"the seed gave only {evidence.Count} claims");
        foreach (var e in evidence)
        {
            var (start, end) = (e.GetProperty("original_start").GetInt32(), e.GetProperty("original_end").GetInt32());
            var text = e.GetProperty("text").GetString()!;
            Assert.Equal(file[start..end], text);
            Assert.Equal(normalized[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()], TextNormalizer.Normalize(text).Text);
        }
        // Not a trivial map: past the first curly quote every offset moves, and some evidence quotes curly characters.
        Assert.Contains(evidence, e => e.GetProperty("original_start").GetInt32() != e.GetProperty("start").GetInt32());
        Assert.Contains(evidence, e => e.GetProperty("text").GetString()!.Contains('\u2019'));
    }
}
