using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Storage.Sqlite;
using Entente.TestSupport;
using static Entente.Cli.Tests.SourcesCliHarness;

namespace Entente.Cli.Tests;

public sealed class ClaimsListCommandTests : IDisposable
{
    private const string Text = "Iran reportedly sent drones to Russia in 2022. Russia and Iran signed an accord in 2001.";
    private static readonly EntityRef Iran = new("irn", "Iran", EntityKind.State);
    private static readonly EntityRef Russia = new("rus", "Russia", EntityKind.State);
    private static readonly EntityRef Houthis = new("houthis", "Houthis", EntityKind.ArmedGroup);
    private readonly TempDir _dir = new();
    private string Db => _dir.File("entente.db");

    public void Dispose() => _dir.Dispose();

    private async Task SeedAsync()
    {
        var hash = ContentHash.Of(Text);
        var source = new Source { Id = SourceIds.FromHash(hash), ContentHash = hash, Title = "Drones", Text = Text };
        Claim Make(EntityRef s, string relation, EntityRef o, ClaimTime time, Certainty certainty, int start, int end) => new Claim
        {
            Id = "",
            SourceId = source.Id,
            Subject = s,
            Relation = relation,
            Object = o,
            Time = time,
            Certainty = certainty,
            Evidence = new EvidenceSpan(source.Id, start, end, Text[start..end]),
            Producer = Producer.Rule("test"),
        }.WithId();
        await using var store = await SqliteStore.OpenAsync(Db, TestContext.Current.CancellationToken);
        await store.AddDocumentAsync(source,
        [
            Make(Iran, "arms-transfer", Russia, ClaimTime.Year(2022, "in 2022"), Certainty.Reported, 0, 46),
            Make(Russia, "agreement", Iran, ClaimTime.Year(2001, "in 2001"), Certainty.Asserted, 47, 88),
            Make(Iran, "support", Houthis, ClaimTime.Year(2015, "2015"), Certainty.Alleged, 0, 4),
        ], ct: TestContext.Current.CancellationToken);
    }

    private static string[] Words(string row) => row.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Rows(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];

    [Fact]
    public async Task Claims_are_listed_in_time_order_with_their_evidence()
    {
        await SeedAsync();

        var (code, output, _) = await RunAsync("claims", "list", "--db", Db);

        Assert.Equal(0, code);
        Assert.Equal(["subject", "relation", "object", "certainty", "time", "source", "evidence"], output.Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var rows = Rows(output);
        Assert.Equal(3, rows.Length);
        Assert.Equal(["Russia", "agreement", "Iran", "asserted", "2001-01-01/2001-12-31"], Words(rows[0])[..5]);
        Assert.Contains("Russia and Iran signed an accord in 2001.", rows[0]);
        Assert.Equal(["Iran", "arms-transfer", "Russia", "reported", "2022-01-01/2022-12-31"], Words(rows[2])[..5]);
    }

    [Fact]
    public async Task An_actor_given_by_name_matches_subject_or_object()
    {
        await SeedAsync();

        var (code, output, _) = await RunAsync("claims", "list", "--db", Db, "--actor", "Russian Federation", "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Russia,agreement,Iran,asserted,", lines[1]);
        Assert.StartsWith("Iran,arms-transfer,Russia,reported,", lines[2]);
    }

    [Fact]
    public async Task Filters_on_relation_sphere_certainty_and_time_combine()
    {
        await SeedAsync();

        var (_, byTime, _) = await RunAsync("claims", "list", "--db", Db, "--from", "2010", "--to", "2021-06", "--format", "csv");
        var (_, bySphere, _) = await RunAsync("claims", "list", "--db", Db, "--sphere", "military", "--certainty", "reported");
        var (_, byRelation, _) = await RunAsync("claims", "list", "--db", Db, "--relation", "support", "--relation", "agreement", "--limit", "1");

        var csv = byTime.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, csv.Length);
        Assert.StartsWith("Iran,support,Houthis,alleged,2015-01-01/2015-12-31,", csv[1]);
        Assert.Contains("arms-transfer", Assert.Single(Rows(bySphere)));
        Assert.Contains("agreement", Assert.Single(Rows(byRelation)));
    }

    [Fact]
    public async Task Certainty_is_a_floor_in_claims_list_as_in_export()
    {
        await SeedAsync();
        var (_, listed, _) = await RunAsync("claims", "list", "--db", Db, "--certainty", "reported", "--format", "csv");
        var rows = listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        // asserted and reported are at least "reported"; alleged is not.
        Assert.Equal(["agreement", "arms-transfer"], rows.Select(r => r.Split(',')[1]).Order().ToList());
        var exported = _dir.File("reported.csv");
        var (code, _, err) = await RunAsync("export", "csv", "--db", Db, "--certainty", "reported", "--out", exported);
        Assert.True(code == 0, err);
        Assert.Equal(rows.Count, CsvText.Parse(File.ReadAllText(exported)).Count - 1);
    }

    [Fact]
    public async Task Json_output_carries_whole_claims()
    {
        await SeedAsync();

        var (code, output, _) = await RunAsync("claims", "list", "--db", Db, "--source", SourceIds.FromHash(ContentHash.Of(Text)), "--format", "json");

        Assert.Equal(0, code);
        Assert.StartsWith("[{\"id\":\"c-", output);
        Assert.Contains("\"evidence\":{\"source_id\":\"src-", output);
    }

    [Fact]
    public async Task An_unknown_actor_is_an_error_pointing_to_kb_search()
    {
        await SeedAsync();

        var (code, _, error) = await RunAsync("claims", "list", "--db", Db, "--actor", "Atlantis");

        Assert.Equal(1, code);
        Assert.Contains("entente kb search Atlantis", error);
    }

    [Theory]
    [InlineData("--relation", "befriends")]
    [InlineData("--sphere", "cultural")]
    [InlineData("--certainty", "sure")]
    [InlineData("--from", "last year")]
    [InlineData("--limit", "0")]
    [InlineData("--format", "xml")]
    public async Task A_bad_filter_is_a_usage_error(string option, string value)
    {
        var (code, _, error) = await RunAsync("claims", "list", "--db", Db, option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, error);
    }
}
