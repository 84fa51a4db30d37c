using Entente.Storage.Postgres;
using Entente.TestSupport;
using Npgsql;

namespace Entente.Storage.Tests;

/// <summary>The store contract on a real PostgreSQL server started for these tests, plus connection failures.</summary>
public sealed class PostgresStoreTests(PostgresServer server) : StoreContract, IClassFixture<PostgresServer>
{
    private string? _url;

    private async Task<string> DatabaseUrlAsync() => _url ??= await server.CreateDatabaseAsync(Ct);

    protected override async Task<IEntenteStore> OpenAsync() => await PostgresStore.OpenAsync(await DatabaseUrlAsync(), Ct);

    protected override string ClaimIndexes =>
        "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'claims' ORDER BY indexname";

    protected override async Task<IReadOnlyList<string>> RawAsync(string sql)
    {
        var url = PostgresUrl.Parse(await DatabaseUrlAsync());
        await using var c = new NpgsqlConnection(url.ConnectionString + ";Pooling=false");
        await c.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(sql, c);
        await using var r = await cmd.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await r.ReadAsync(Ct)) rows.Add(Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return rows;
    }

    [Fact]
    public async Task The_description_names_the_server_and_database_but_not_the_password()
    {
        var url = await DatabaseUrlAsync();
        await using var store = await OpenAsync();

        Assert.StartsWith("postgres://127.0.0.1:", store.Description);
        Assert.EndsWith("/" + url.Split('/')[^1], store.Description);
        Assert.DoesNotContain(PostgresServer.Password, store.Description);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_hint_to_check_the_credentials()
    {
        var url = await DatabaseUrlAsync();

        var e = await Assert.ThrowsAsync<StoreException>(() => PostgresStore.OpenAsync(url.Replace(PostgresServer.Password, "wrong"), Ct));

        Assert.Contains($"refused user '{PostgresServer.User}'", e.Message);
        Assert.Contains("check the user name and password", e.Message);
        Assert.DoesNotContain("wrong", e.Message);
    }

    [Fact]
    public async Task A_missing_database_is_named_with_how_to_create_it()
    {
        var url = await DatabaseUrlAsync();
        var missing = url[..(url.LastIndexOf('/') + 1)] + "nothere";

        var e = await Assert.ThrowsAsync<StoreException>(() => PostgresStore.OpenAsync(missing, Ct));

        Assert.Contains("database 'nothere' does not exist", e.Message);
    }

    [Fact]
    public async Task A_server_that_is_not_running_is_reported_as_unreachable()
    {
        var e = await Assert.ThrowsAsync<StoreException>(() => PostgresStore.OpenAsync("postgres://u:secret@127.0.0.1:1/x", Ct));

        Assert.StartsWith("cannot reach PostgreSQL at 127.0.0.1:1: ", e.Message);
        Assert.EndsWith("is the server running?", e.Message);
        Assert.DoesNotContain("secret", e.Message);
    }

    [Theory]
    [InlineData("postgres://")]
    [InlineData("postgres://u:secret@host:5432")]
    [InlineData("postgres://u:secret@host:notaport/db")]
    [InlineData("postgres://u:secret@host/db?nonsense=1")]
    public async Task A_malformed_url_is_refused_without_showing_the_password(string url)
    {
        var e = await Assert.ThrowsAsync<StoreException>(() => PostgresStore.OpenAsync(url, Ct));

        Assert.StartsWith("malformed PostgreSQL URL", e.Message);
        Assert.DoesNotContain("secret", e.Message);
    }

    [Fact]
    public void A_url_becomes_a_connection_string_with_decoded_credentials_and_options()
    {
        var url = PostgresUrl.Parse("postgresql://ana%40lyst:p%3Ass@db.example.org/graph?sslmode=require");

        var builder = new NpgsqlConnectionStringBuilder(url.ConnectionString);

        Assert.Equal(("db.example.org", 5432, "graph", "ana@lyst", "p:ss", SslMode.Require),
            (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode));
        Assert.Equal("postgres://db.example.org:5432/graph", url.Display);
    }

    [Fact]
    public async Task A_database_from_before_the_line_column_gets_each_claims_line_and_keeps_it_as_claims_change()
    {
        var source = Samples.Article();
        var full = Samples.Full(source);
        var other = Samples.Claim(source, Samples.NorthKorea, "contact", Samples.Russia, start: 30);
        await using (var store = await OpenAsync())
            await store.AddDocumentAsync(source, [full, other], ct: Ct);
        var before = await LinesAsync();
        Assert.Equal(2, before.Count);
        // Undo migration 12 by hand: what a database written by an older entente looks like.
        await RawAsync("DROP TRIGGER claims_line ON claims");
        await RawAsync("ALTER TABLE claims DROP COLUMN line");
        await RawAsync("DELETE FROM schema_version WHERE version >= 12");

        await using (await OpenAsync()) { }

        Assert.Equal(before, await LinesAsync());
        // The trigger keeps the line with its row: an edited claim's line says what the row now says.
        await RawAsync($"UPDATE claims SET certainty = 'denied' WHERE id = '{other.Id}'");
        Assert.Contains(await LinesAsync(), l => l.StartsWith(other.Id, StringComparison.Ordinal) && l.Contains("\u001fdenied\u001f", StringComparison.Ordinal));
        Assert.DoesNotContain(await RawAsync("SELECT count(*) FROM claims WHERE line IS NULL"), n => n != "0");
    }

    [Fact]
    public async Task The_pair_and_fact_counts_are_held_in_their_primary_keys_so_reads_need_no_table_row()
    {
        await using (await OpenAsync()) { }

        var keys = await RawAsync(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ('actor_facts_pkey', 'claim_pairs_pkey') ORDER BY indexname");

        Assert.Collection(keys,
            k => Assert.EndsWith("(actor_id, kind, other_id, from_year, to_year) INCLUDE (claims)", k),
            k => Assert.EndsWith("(subject_id, object_id) INCLUDE (affirmed, affirmed_symmetric)", k));
    }

    private async Task<List<string>> LinesAsync() => [.. (await RawAsync("SELECT line FROM claims ORDER BY id")).Order(StringComparer.Ordinal)];
}
