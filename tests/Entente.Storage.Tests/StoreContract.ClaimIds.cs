using System.Globalization;
using Entente.Core.Claims;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Serialization;
using static Entente.Storage.Tests.Samples;

namespace Entente.Storage.Tests;

/// <summary>The claim-id migration: a store written when ids hashed the producing rule gets content ids, verdicts kept on.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task A_store_with_rule_hashed_ids_is_migrated_and_every_verdict_stays_on_its_claim()
    {
        var source = Article();
        var full = Full(source);
        var agreement = Claim(source, Iran, "agreement", Russia, start: 7) with { Producer = Producer.Rule("frame-b") };
        var sameFromOtherRule = agreement with { Producer = Producer.Rule("frame-a") };
        var stored = new[] { full, agreement, sameFromOtherRule }.Select(c => c with { Id = OldSchemeId(c) }).ToList();
        var correction = stored[2] with { Certainty = Certainty.Likely, Producer = Producer.Analyst("analyst-1") };
        await using (var store = await OpenAsync())
        {
            await store.AddDocumentAsync(source, stored, ct: Ct);
            await store.AddVerdictAsync(Verdict(stored[0], VerdictKind.Accept, "v-1"), Ct);
            await store.AddVerdictAsync(Verdict(stored[1], VerdictKind.Reject, "v-2", minute: 5), Ct);
            await store.AddVerdictAsync(Verdict(stored[2], VerdictKind.Correct, "v-3", minute: 10) with { Correction = correction with { Id = OldSchemeId(correction) } }, Ct);
            Assert.Equal(["irn>rus 3/2"], await PairsAsync(store));
        }
        // Undo the claim-id migration and the covering indexes, actor facts and listing lines after it by hand: the rows above are what an
        // older entente wrote. Found by description, since the providers number the migrations differently.
        await RawAsync("DROP TABLE actor_facts");
        await RawAsync("DROP INDEX IF EXISTS claims_subject_line"); // SQLite 11, the listing lines
        await RawAsync("DROP INDEX IF EXISTS claims_object_line");
        await RawAsync("DELETE FROM schema_version WHERE version >= (SELECT version FROM schema_version WHERE description LIKE 'claim ids from%')");

        await using var reopened = await OpenAsync();

        foreach (var old in stored) Assert.Null(await reopened.GetClaimAsync(old.Id, Ct));
        Assert.Equal(EntenteJson.Serialize(full), EntenteJson.Serialize(await reopened.GetClaimAsync(full.Id, Ct)));
        // The two rules' claims are one now: the first rule by name keeps it and the other is recorded beside it.
        Assert.Equal(agreement.Id, sameFromOtherRule.Id);
        var merged = await reopened.GetClaimAsync(agreement.Id, Ct);
        Assert.Equal("frame-a", merged!.Producer.Name);
        Assert.Equal(["frame-b"], merged.Producer.Rules);
        Assert.Equal(["v-1"], (await reopened.ListVerdictsAsync(full.Id, Ct)).Select(v => v.Id));
        var onMerged = await reopened.ListVerdictsAsync(agreement.Id, Ct);
        Assert.Equal(["v-2", "v-3"], onMerged.Select(v => v.Id));
        Assert.Equal(correction.WithId().Id, onMerged[1].Correction!.Id);
        Assert.Equal(3, (await reopened.ListVerdictsAsync(ct: Ct)).Count);
        Assert.Equal(["irn>rus 2/1"], await PairsAsync(reopened));
    }

    /// <summary>The id scheme before the migration, frozen here as released: the producer's name was hashed last.</summary>
    private static string OldSchemeId(Claim c)
    {
        var parts = new[]
        {
            c.SourceId, c.Subject.Id, c.Relation, c.Object?.Id ?? "",
            string.Join(",", c.Materiel.Select(m => m.Id)), c.Place?.Id ?? "",
            c.Time is null ? "" : c.Time.From.ToString("O", CultureInfo.InvariantCulture) + "/" + c.Time.To.ToString("O", CultureInfo.InvariantCulture),
            c.Certainty.ToId(), c.Phase.ToId(),
            c.Evidence.Start.ToString(CultureInfo.InvariantCulture), c.Evidence.End.ToString(CultureInfo.InvariantCulture),
            c.Producer.Name,
        };
        return "c-" + ContentHash.Of(string.Join("\u001f", parts))[..24];
    }
}
