using System.Text.Json;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>kb list, show and search over the shipped knowledge base (no database yet).</summary>
public sealed class KbCommandsTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Db => _dir.File("none.db");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Kb_list_filters_by_kind_and_does_not_create_the_database()
    {
        var run = await CliHarness.RunAsync("kb", "list", "--kind", "armed-group", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hezbollah", run.Out);
        Assert.DoesNotContain("vladimir-putin", run.Out);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Kb_list_as_csv_has_a_header_and_one_row_per_entity()
    {
        var run = await CliHarness.RunAsync("kb", "list", "--kind", "state", "--format", "csv", "--db", Db);
        var lines = run.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("id,kind,name,country,aliases", lines[0]);
        Assert.True(lines.Length - 1 >= 200, $"{lines.Length - 1} states");
        Assert.Contains(lines, l => l.StartsWith("rus,state,Russia,RUS,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_kind_is_a_usage_error_listing_the_kinds()
    {
        var run = await CliHarness.RunAsync("kb", "list", "--kind", "planet", "--db", Db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--kind must be one of state, state-organ", run.Err);
    }

    [Fact]
    public async Task Kb_show_resolves_a_name_and_prints_links_and_reverse_links()
    {
        var run = await CliHarness.RunAsync("kb", "show", "Revolutionary Guards", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Islamic Revolutionary Guard Corps", run.Out);
        Assert.Contains("Sepah", run.Out);
        Assert.Contains("part-of", run.Out);
        Assert.Contains("Iran (irn)", run.Out);
        Assert.Contains("← part-of", run.Out);
        Assert.Contains("Quds Force (quds-force)", run.Out);
        Assert.Contains("← proxy-of", run.Out);
        Assert.Contains("Hezbollah (hezbollah)", run.Out);
    }

    [Fact]
    public async Task Kb_show_as_csv_is_field_value_rows()
    {
        var run = await CliHarness.RunAsync("kb", "show", "the Kremlin", "--format", "csv", "--db", Db);
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("field,value", lines[0]);
        Assert.Contains("id,rus", lines);
        Assert.Contains(lines, l => l.StartsWith("metonyms,Moscow; the Kremlin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kb_show_as_json_carries_the_entity_roll_up_and_links()
    {
        var run = await CliHarness.RunAsync("kb", "show", "Hezbollah", "--format", "json", "--db", Db);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("hezbollah", root.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal("irn", root.GetProperty("rolls_up_to").GetString());
        var link = root.GetProperty("links").EnumerateArray().First(l => l.GetProperty("type").GetString() == "proxy-of");
        Assert.Equal("Islamic Revolutionary Guard Corps", link.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Kb_show_prints_a_person_role_with_its_dates()
    {
        var run = await CliHarness.RunAsync("kb", "show", "hossein-amir-abdollahian", "--db", Db);
        Assert.Contains("Iran (irn), Foreign Minister, 2021-08-25 to 2024-05-19", run.Out);
    }

    [Fact]
    public async Task An_unknown_entity_exits_1_and_suggests_a_search()
    {
        var run = await CliHarness.RunAsync("kb", "show", "xyz", "--db", Db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no entity 'xyz'; try: entente kb search xyz", run.Err);
    }

    [Fact]
    public async Task Kb_search_for_a_state_lists_it_and_its_organs()
    {
        var run = await CliHarness.RunAsync("kb", "search", "iran", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("irn ", lines[2]);
        Assert.Contains(lines, l => l.StartsWith("irgc ", StringComparison.Ordinal) && l.Contains("Islamic Revolutionary Guard Corps") && l.Contains("IRGC;"));
        Assert.Contains(lines, l => l.StartsWith("quds-force ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kb_search_as_json_is_an_array_of_entities_and_honours_the_limit()
    {
        var run = await CliHarness.RunAsync("kb", "search", "russia", "--format", "json", "--limit", "3", "--db", Db);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(3, doc.RootElement.GetArrayLength());
        Assert.Equal("rus", doc.RootElement[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Kb_search_without_a_query_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync("kb", "search", "--db", Db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing QUERY", run.Err);
    }
}
