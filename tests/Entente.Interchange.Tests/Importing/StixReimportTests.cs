using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Interchange.Exporting;
using Entente.Interchange.Formats.Stix;
using Entente.Interchange.Importing;
using Entente.Interchange.Tests.Exporting;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Importing;

/// <summary>
/// A bundle we exported, imported through the runner into SQLite and PostgreSQL: each report's claims are stored
/// under the source the report stands for, with that source's metadata, and a second import changes nothing.
/// </summary>
public sealed class StixReimportTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Source[] Sources =
    [
        new() { Id = "src-alpha-1", Title = "Air defence for Tehran", Publisher = "Alpha Wire", Published = new DateOnly(2016, 11, 2), Reliability = Reliability.B, ContentHash = "h1", Url = "https://alpha.example/1" },
        new() { Id = "src-beta-1", Title = "Batteries arrive", Publisher = "Beta Daily", Reliability = Reliability.C, ContentHash = "h2" },
        new() { Id = "src-alpha-2", Title = "Again", Publisher = "Alpha Wire", Published = new DateOnly(2016, 11, 9), ContentHash = "h3" },
    ];

    private static Claim Claim(string source, string text, int start, Certainty certainty = Certainty.Asserted) => new Claim
    {
        Id = "",
        SourceId = source,
        Subject = new EntityRef("rus", "Russia", EntityKind.State),
        Relation = "arms-transfer",
        Object = new EntityRef("irn", "Iran", EntityKind.State),
        Certainty = certainty,
        Evidence = new EvidenceSpan(source, start, start + text.Length, text),
        Producer = Producer.Analyst("test"),
    }.WithId();

    private async Task<string> StoreSpecAsync(string provider, TempDir dir) =>
        provider == "postgres" ? await server.CreateDatabaseAsync(Ct) : dir.File("fresh.db");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Each_claim_comes_back_under_its_reports_source_with_that_sources_metadata(string provider)
    {
        using var dir = new TempDir();
        var claims = new[]
        {
            Claim("src-alpha-1", "Russia delivered S-300 systems to Iran", 10),
            Claim("src-beta-1", "Moscow supplied Tehran with S-300 batteries", 0),
            Claim("src-alpha-2", "Russia sold Iran four batteries", 42, Certainty.Likely),
        };
        var bundle = dir.File("bundle.json");
        await Export.ToFileAsync(new StixExporter(), claims, bundle, new ExportContext(Export.Stamp) { Sources = Sources.ToDictionary(s => s.Id) });

        await using var store = await StoreOpener.OpenAsync(await StoreSpecAsync(provider, dir), Ct);
        var runner = new ImportRunner(Collect.Kb, store);
        var report = await runner.RunAsync(ImportFormats.Find("stix")!, bundle, new ImportOptions(), Ct);

        Assert.Equal((ImportOutcome.Stored, 3, 3), (report.Outcome, report.ClaimsNew, report.Batch.CitedSources.Count));
        foreach (var original in Sources)
        {
            var back = await store.GetSourceAsync(original.Id, Ct);
            Assert.NotNull(back);
            Assert.Equal((original.Title, original.Publisher, original.Published, original.Reliability, original.ContentHash),
                (back.Title, back.Publisher, back.Published, back.Reliability, back.ContentHash));
            var stored = await store.QueryClaimsAsync(new ClaimQuery { Sources = [original.Id] }, Ct).ToListAsync(Ct);
            var exported = claims.Single(c => c.SourceId == original.Id);
            var claim = Assert.Single(stored);
            Assert.Equal((exported.Evidence.Text, exported.Evidence.Start, exported.Evidence.End, exported.Certainty),
                (claim.Evidence.Text, claim.Evidence.Start, claim.Evidence.End, claim.Certainty));
        }
        Assert.Equal("https://alpha.example/1", (await store.GetSourceAsync("src-alpha-1", Ct))!.Url);
        Assert.Equal(0, await store.CountClaimsAsync(new ClaimQuery { Sources = [report.Batch.Source.Id] }, Ct));

        var again = await runner.RunAsync(ImportFormats.Find("stix")!, bundle, new ImportOptions(), Ct);
        Assert.Equal(0, again.ClaimsNew);
        Assert.Equal(3, await store.CountClaimsAsync(ClaimQuery.All, Ct));
        Assert.Equal(Sources.Length + 1, (await store.ListSourcesAsync(ct: Ct)).Count);
    }

    [Fact]
    public async Task A_report_from_another_tool_becomes_a_source_named_by_its_STIX_id_and_its_first_reference()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("foreign.json"), """
            {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
              {"type": "identity", "spec_version": "2.1", "id": "identity--a1f1e1c0-0000-4000-8000-000000000001", "name": "Russia", "identity_class": "organization"},
              {"type": "identity", "spec_version": "2.1", "id": "identity--a1f1e1c0-0000-4000-8000-000000000002", "name": "Iran", "identity_class": "organization"},
              {"type": "relationship", "spec_version": "2.1", "id": "relationship--a1f1e1c0-0000-4000-8000-000000000003", "relationship_type": "arms-transfer",
               "source_ref": "identity--a1f1e1c0-0000-4000-8000-000000000001", "target_ref": "identity--a1f1e1c0-0000-4000-8000-000000000002", "confidence": 85},
              {"type": "report", "spec_version": "2.1", "id": "report--a1f1e1c0-0000-4000-8000-000000000004", "name": "Quarterly arms review", "published": "2024-03-01T00:00:00Z",
               "object_refs": ["relationship--a1f1e1c0-0000-4000-8000-000000000003"],
               "external_references": [{"source_name": "Example Institute", "url": "https://institute.example/q1"}]}
            ]}
            """, Ct);

        var batch = await Collect.FileAsync("stix", dir.File("foreign.json"));

        var source = Assert.Single(batch.CitedSources);
        Assert.Equal(("Quarterly arms review", "Example Institute", new DateOnly(2024, 3, 1), "https://institute.example/q1"),
            (source.Title, source.Publisher, source.Published, source.Url));
        Assert.StartsWith("src-", source.Id);
        Assert.Equal(source.Id, Assert.Single(batch.Claims).SourceId);
    }
}
