using Entente.Cli.Framework;

namespace Entente.Cli.Tests;

/// <summary>The progress meter and its two renderers, driven by a clock the test moves.</summary>
public sealed class ProgressMeterTests
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    [Fact]
    public void Piped_progress_prints_a_line_only_once_the_interval_has_passed_with_counts_rate_and_time_left()
    {
        var clock = new ManualClock();
        var err = new StringWriter();
        using (var meter = new ProgressMeter(new ProgressLines(err, Every), err, clock, "entente ingest", "documents", 40))
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            meter.Advance();
            Assert.Equal("", err.ToString());
            clock.Advance(TimeSpan.FromSeconds(4));
            meter.Advance();
            // 2 documents in 5 s: 0.4 a second, and 38 left at that rate take 95 s, which a log reads as about 2 min.
            Assert.Equal("entente ingest: 2 of 40 documents (5%), 0.4 documents/s, about 2 min left" + Environment.NewLine, err.ToString());
            clock.Advance(TimeSpan.FromSeconds(1));
            meter.Advance(8);
            Assert.Single(Lines(err));
        }
        Assert.Single(Lines(err));
    }

    [Fact]
    public void Without_a_total_a_line_gives_the_count_the_rate_and_the_time_so_far()
    {
        var clock = new ManualClock();
        var err = new StringWriter();
        using var meter = new ProgressMeter(new ProgressLines(err, Every), err, clock, "entente import: checking x.csv", "rows", null);
        clock.Advance(TimeSpan.FromSeconds(10));
        meter.Advance(12_340);
        Assert.Equal("entente import: checking x.csv: 12,340 rows, 1,234 rows/s, 10 s so far", Lines(err).Single());
    }

    [Fact]
    public void A_new_stage_counts_from_zero_with_its_own_total()
    {
        var clock = new ManualClock();
        var err = new StringWriter();
        using var meter = new ProgressMeter(new ProgressLines(err, Every), err, clock, "checking", "rows", null);
        clock.Advance(TimeSpan.FromSeconds(3));
        meter.Advance(300);
        meter.Stage("storing", "claims", 100);
        clock.Advance(TimeSpan.FromSeconds(5));
        meter.Advance(50);
        Assert.Equal("storing: 50 of 100 claims (50%), 10 claims/s, about 5 s left", Lines(err).Single());
    }

    [Fact]
    public void Without_a_renderer_nothing_is_shown_but_messages_still_reach_stderr()
    {
        var clock = new ManualClock();
        var err = new StringWriter();
        using (var meter = new ProgressMeter(null, err, clock, "entente ingest", "documents", 3))
        {
            for (var i = 0; i < 3; i++)
            {
                clock.Advance(Every);
                meter.Advance();
            }
            meter.Say("entente ingest: b.txt: is empty");
        }
        Assert.Equal(["entente ingest: b.txt: is empty"], Lines(err));
    }

    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place_and_cleared_for_messages_and_at_the_end()
    {
        var clock = new ManualClock();
        var err = new StringWriter();
        var meter = new ProgressMeter(new TerminalProgressBar(err, 100), err, clock, "entente ingest", "documents", 4);
        clock.Advance(TimeSpan.FromSeconds(2));
        meter.Advance();
        var bar = "entente ingest [######..................]  1/4 documents  0.5/s  0:06 left";
        Assert.Equal("\r" + bar, err.ToString());
        meter.Say("entente ingest: b.txt: is empty");
        Assert.EndsWith("\r" + bar + "\r" + new string(' ', bar.Length) + "\rentente ingest: b.txt: is empty" + Environment.NewLine, err.ToString());
        clock.Advance(TimeSpan.FromSeconds(2));
        meter.Advance(3);
        meter.Dispose();
        var done = "entente ingest [########################]  4/4 documents  1.0/s  0:00 left";
        Assert.EndsWith("\r" + done + "\r" + new string(' ', done.Length) + "\r", err.ToString());
    }

    [Fact]
    public void A_bar_stays_narrower_than_the_terminal_by_shortening_its_label()
    {
        var state = new ProgressState("entente import: storing trade-register_2026-05-18_subset_Iran-Russia-axis.csv", "claims", 2191, 4184, TimeSpan.FromSeconds(1));
        var line = ProgressText.Bar(state, 80);
        Assert.Equal(79, line.Length);
        Assert.EndsWith("… [#############...........]  2,191/4,184 claims  2,191/s  0:00 left", line);
        Assert.StartsWith("entente imp… [", line);
        Assert.Equal(ProgressText.Bar(state), ProgressText.Bar(state, 500));
        Assert.True(ProgressText.Bar(state, 20).Length < 20);
    }

    [Theory]
    [InlineData(12, "12 s", "0:12")]
    [InlineData(600, "10 min", "10:00")]
    [InlineData(4 * 3600 + 5 * 60, "4 h 5 min", "4:05:00")]
    public void Durations_read_as_words_in_a_log_and_as_a_stopwatch_on_a_bar(int seconds, string words, string stopwatch)
    {
        Assert.Equal(words, ProgressText.Words(TimeSpan.FromSeconds(seconds)));
        Assert.Equal(stopwatch, ProgressText.Clock(TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("2.5", 2.5)]
    [InlineData(null, 5)]
    [InlineData("soon", 5)]
    [InlineData("-1", 5)]
    public void The_piped_interval_comes_from_the_environment_when_it_is_a_number_of_seconds(string? value, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), ProgressLines.IntervalFrom(value));
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TimeProvider.System, name => name == ProgressLines.IntervalVariable ? value : null);
        Assert.Equal(TimeSpan.FromSeconds(seconds), context.ProgressInterval);
    }

    private static string[] Lines(StringWriter w) => w.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
