using System.Diagnostics;
using Entente.Extraction.Documents;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Extraction.Sentences;
using Entente.Knowledge;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

/// <summary>
/// Small files built to hang or blow up a reader or the pipeline. Each must finish with a clear outcome; the time
/// limit of the readers' cases is generous and only catches a hang or a return of superlinear cost (a 2.2 MB nested
/// page once did not finish in 120 s); the extraction case compares counted work (see its test).
/// </summary>
public sealed class HostileInputTests
{
    private static readonly Lazy<ExtractionPipeline> Default = new(() => ExtractionPipeline.CreateDefault(KnowledgeBase.Load()));
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Only a hang fails this, not a slow machine: the extraction tests count their work instead.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    private static Task<T> WithinLimit<T>(Func<T> work, TimeSpan? limit = null) =>
        Task.Run(work, TestContext.Current.CancellationToken).WaitAsync(limit ?? Limit, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_page_of_200000_nested_divs_reads_its_text()
    {
        using var dir = new TempDir();
        var path = dir.File("nested.html");
        File.WriteAllText(path, "<html><body><article>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "Russia sent drones to Iran."
            + string.Concat(Enumerable.Repeat("</div>", 200_000)) + "</article></body></html>");
        Assert.True(new FileInfo(path).Length > 2_000_000);

        var doc = await WithinLimit(() => new DocumentReader().Read(path));

        Assert.Equal("Russia sent drones to Iran.", doc.Text.Trim());
    }

    [Fact]
    public void Nesting_within_the_limit_is_left_alone_and_deeper_tags_are_blanked_with_their_text_kept()
    {
        var page = "<p>a</p><div><span>b</span></div><!-- <div> --><script>if (a<b) x='<div>';</script>";
        Assert.Same(page, HtmlNesting.Flatten(page));

        var deep = string.Concat(Enumerable.Repeat("<div class=x>", HtmlNesting.MaxDepth + 3)) + "text" + string.Concat(Enumerable.Repeat("</div>", HtmlNesting.MaxDepth + 3));
        var flat = HtmlNesting.Flatten(deep);

        Assert.Equal(HtmlNesting.MaxDepth, flat.Split("<div").Length - 1);
        Assert.Equal(HtmlNesting.MaxDepth, flat.Split("</div>").Length - 1);
        Assert.Equal(deep.Length, flat.Length);
        Assert.Equal(deep.IndexOf("text", StringComparison.Ordinal), flat.IndexOf("text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_megabyte_of_angle_brackets_without_a_closing_one_is_one_pass()
    {
        var page = new string('<', 500_000) + string.Concat(Enumerable.Repeat("<a", 250_000));
        Assert.Same(page, await WithinLimit(() => HtmlNesting.Flatten(page)));
    }

    /// <summary>
    /// The megabyte without a full stop once took 50 s: its cost grew with the square of its length. A speed target is
    /// the hostile benchmark's (`dotnet run -c Release --project bench/Entente.Benchmarks -- hostile`); this test counts
    /// the work instead of timing it, so a loaded machine cannot fail it: the CPU time of the thread that extracts
    /// (which other processes do not add to) for a quarter of the text and for all of it. Linear work gives about 4;
    /// the old quadratic cost gave far more. The wall-clock limit only catches a hang.
    /// </summary>
    [Fact]
    public async Task A_megabyte_without_a_full_stop_costs_work_in_proportion_to_its_length()
    {
        var pipeline = Default.Value;
        var published = new DocumentMetadata { Published = new DateOnly(2024, 1, 1) };
        pipeline.Extract(Document.FromText(WithoutFullStop(50_000), published));

        var (quarter, quarterCpu) = await WithinLimit(() => ThreadCpu.Of(() => pipeline.Extract(Document.FromText(WithoutFullStop(250_000), published))), HangGuard);
        var (whole, wholeCpu) = await WithinLimit(() => ThreadCpu.Of(() => pipeline.Extract(Document.FromText(WithoutFullStop(1_000_000), published))), HangGuard);

        Assert.NotEmpty(whole.Claims);
        Assert.All(whole.Claims, c => Assert.True(c.Evidence.End - c.Evidence.Start <= SentenceSplitter.MaxSentenceChars));
        Assert.InRange(whole.Claims.Count, 3.5 * quarter.Claims.Count, 4.5 * quarter.Claims.Count);
        Assert.True(quarterCpu > TimeSpan.Zero, "the thread's CPU time was not read");
        var ratio = wholeCpu / quarterCpu;
        Assert.True(ratio < 8, $"four times the text cost {ratio:0.0} times the CPU ({quarterCpu.TotalSeconds:0.00} s, then {wholeCpu.TotalSeconds:0.00} s)");
    }

    private static string WithoutFullStop(int length) =>
        string.Concat(Enumerable.Repeat("Russia supplied drones to Iran and Syria talked with China ", length / 59 + 1))[..length];

    [Fact]
    public void A_budget_that_runs_out_inside_a_stage_stops_that_stage_at_its_next_sentence()
    {
        // Checked only between stages, a two-minute budget let one stage over a 49 MB line run for minutes more.
        using var budget = new CancellationTokenSource();
        var analysis = new DocumentAnalysis(Document.FromText("Russia armed Iran. Iran armed Syria.", new DocumentMetadata())) { Budget = budget.Token };
        var stages = Default.Value.Stages;
        stages[0].Run(analysis);
        Assert.Equal(2, analysis.Sentences.Count);
        budget.Cancel();

        // Every stage that walks the sentences stops at the first; the denial and claim stages start from the
        // drafts, and there are none yet.
        var ranOn = stages.Skip(1).Where(s => s is not (Claims.ClaimStage or Attribution.DenialStage))
            .Where(s => Record.Exception(() => s.Run(analysis)) is not OperationCanceledException).Select(s => s.GetType().Name).ToList();
        Assert.Empty(ranOn);
        Assert.Empty(analysis.Drafts);
    }

    [Fact]
    public void A_sentence_over_the_cap_is_cut_at_white_space_into_pieces_of_the_same_paragraph()
    {
        var words = string.Join(' ', Enumerable.Range(0, SentenceSplitter.MaxSentenceChars / 2).Select(i => $"w{i}"));
        var text = "Short one. Then " + words + ".\nNext line.";

        var spans = new SentenceSplitter(new Abbreviations()).Split(text);

        var pieces = spans.Where(s => s.Paragraph == 0).Skip(1).ToList();
        Assert.True(pieces.Count >= 2);
        Assert.All(pieces, p => Assert.InRange(p.End - p.Start, 1, SentenceSplitter.MaxSentenceChars));
        Assert.All(pieces, p => Assert.False(p.IsHeading));
        Assert.All(pieces, p => Assert.True(p.Start == 0 || text[p.Start - 1] == ' ', $"a piece starts mid-word at {p.Start}"));
        Assert.Equal("Then " + words + ".", string.Join(' ', pieces.Select(p => text[p.Start..p.End])));
        Assert.Equal("Next line.", text[spans[^1].Start..spans[^1].End]);
    }

    [Fact]
    public void A_run_without_white_space_is_cut_at_the_cap()
    {
        const int cap = SentenceSplitter.MaxSentenceChars;
        var text = new string('x', 2 * cap + 500);

        var spans = new SentenceSplitter(new Abbreviations()).Split(text);

        Assert.Equal([cap, cap, 500], spans.Select(s => s.End - s.Start));
        Assert.Equal(text.Length, spans[^1].End);
    }

    [Fact]
    public async Task A_named_pipe_called_txt_is_refused_without_waiting_for_a_writer()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes are made with mkfifo");
        using var dir = new TempDir();
        var path = dir.File("pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", path)) await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(File.Exists(path));

        var refused = await WithinLimit(() => Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(path)));

        Assert.Contains("not a regular file", refused.Message);
        Assert.StartsWith(path, refused.Message);
    }

    [Fact]
    public async Task Symbolic_links_that_loop_are_not_followed_round_and_round()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("sub"));
        File.WriteAllText(dir.File("a.txt"), "Russia armed Iran.");
        File.WriteAllText(Path.Combine(dir.File("sub"), "b.txt"), "Iran armed Russia.");
        Directory.CreateSymbolicLink(dir.File("up"), dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(dir.File("sub"), "back"), dir.Path);
        Directory.CreateSymbolicLink(dir.File("self"), dir.File("self"));

        var files = await WithinLimit(() => DocumentPaths.Expand([dir.Path]));

        Assert.Equal([dir.File("a.txt"), Path.Combine(dir.File("sub"), "b.txt")], files);
    }
}
