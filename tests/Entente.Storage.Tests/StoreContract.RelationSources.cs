using Entente.Core.Ontology;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>Claims counted per subject, relation, object, source and certainty by the database, under a query's filters.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Relation_sources_count_claims_with_an_object_per_source_and_certainty_under_the_filters()
    {
        var first = Article();
        var second = Source("North Korea shipped artillery shells to Russia by rail.", "Shells by rail");
        await using var store = await OpenAsync();
        await store.AddDocumentAsync(first,
        [
            Claim(first, Iran, "arms-transfer", Russia), Claim(first, Iran, "arms-transfer", Russia, start: 3),
            Claim(first, Iran, "arms-transfer", Russia, certainty: Certainty.Denied, start: 5), Claim(first, Hezbollah, "training", null, start: 9),
        ], ct: Ct);
        await store.AddDocumentAsync(second, [Claim(second, Iran, "arms-transfer", Russia), Claim(second, NorthKorea, "arms-transfer", Russia, start: 2)], ct: Ct);

        string[] all =
        [
            $"irn arms-transfer rus {first.Id} asserted 2", $"irn arms-transfer rus {first.Id} denied 1",
            $"irn arms-transfer rus {second.Id} asserted 1", $"prk arms-transfer rus {second.Id} asserted 1",
        ];
        Assert.Equal(all.Order(StringComparer.Ordinal), await CountsAsync(store, ClaimQuery.All));
        Assert.Equal([$"irn arms-transfer rus {first.Id} denied 1"],
            await CountsAsync(store, new ClaimQuery { Actors = [Iran.Id], Certainties = [Certainty.Denied] }));
        Assert.Equal([$"prk arms-transfer rus {second.Id} asserted 1"], await CountsAsync(store, new ClaimQuery { Subjects = [NorthKorea.Id] }));
        Assert.Empty(await CountsAsync(store, new ClaimQuery { Actors = [Hezbollah.Id] }));
    }

    private static async Task<List<string>> CountsAsync(IEntenteStore store, ClaimQuery query)
    {
        var rows = new List<string>();
        await foreach (var r in store.QueryRelationSourcesAsync(query, Ct))
            rows.Add($"{r.SubjectId} {r.Relation} {r.ObjectId} {r.SourceId} {r.Certainty.ToId()} {r.Claims}");
        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
