using Entente.Analysis.Conflicts;
using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Time;
using static Entente.Analysis.Tests.World;

namespace Entente.Analysis.Tests;

/// <summary>What pairs as a contradiction and what does not: parties, time, relation and counts.</summary>
public sealed class ConflictTests
{
    [Fact]
    public void A_denial_is_paired_with_the_claims_it_denies_and_their_relation_is_contested()
    {
        var w = new World().Source("s1").Source("s2");
        var armed = w.Claim("irn", "arms-transfer", "hezbollah", "s1", "Iran shipped rockets to Hezbollah", time: Year(2020));
        var backed = w.Claim("irn", "support", "hezbollah", "s1", "Iran backs Hezbollah");
        var denial = w.Claim("irn", "arms-transfer", "hezbollah", "s2", "Tehran denies arming Hezbollah", Certainty.Denied);
        w.Claim("irn", "attack", "hezbollah", "s1", "an unrelated strike", time: Year(2020));

        var conflict = Assert.Single(w.Snapshot().Conflicts(AnalysisFilter.None));

        Assert.Equal(ConflictKind.Denial, conflict.Kind);
        Assert.Equal(new[] { armed.Id, backed.Id }.Order(StringComparer.Ordinal), conflict.Affirming.Select(e => e.ClaimId).Order(StringComparer.Ordinal));
        Assert.Equal(denial.Id, Assert.Single(conflict.Contesting).ClaimId);
        var relations = w.Snapshot().Relations(AnalysisFilter.None);
        Assert.True(relations.Single(r => r.Type == "arms-transfer").Contested);
        Assert.True(relations.Single(r => r.Type == "support").Contested);
        Assert.False(relations.Single(r => r.Type == "attack").Contested);
    }

    [Fact]
    public void A_denial_of_another_year_another_direction_or_another_pair_is_no_conflict()
    {
        var w = new World().Source("s1").Source("s2");
        w.Claim("rus", "arms-transfer", "syr", "s1", "Russia armed Syria in 2015", time: Year(2015));
        w.Claim("rus", "arms-transfer", "syr", "s2", "Moscow denies arming Damascus in 2020", Certainty.Denied, time: Year(2020));
        w.Claim("syr", "arms-transfer", "rus", "s2", "Syria denies arming Russia", Certainty.Denied);
        w.Claim("rus", "arms-transfer", "ven", "s2", "Russia denies arming Venezuela", Certainty.Denied);

        Assert.Empty(w.Snapshot().Conflicts(AnalysisFilter.None));
        Assert.DoesNotContain(w.Snapshot().Relations(AnalysisFilter.None), r => r.Contested);
    }

    [Fact]
    public void Two_sources_counting_the_same_materiel_differently_disagree_and_one_source_does_not_disagree_with_itself()
    {
        var w = new World().Source("s1").Source("s2");
        Count(w, "s1", "dozens of drones", 24, 99);
        Count(w, "s2", "2,400 drones", 2400, 2400);
        Count(w, "s1", "thousands of drones", 1000, 9999);

        var conflicts = w.Snapshot().Conflicts(AnalysisFilter.None);

        var disagreement = Assert.Single(conflicts);
        Assert.Equal(ConflictKind.Disagreement, disagreement.Kind);
        Assert.Contains("dozens of drones", disagreement.Detail);
        Assert.Contains("2,400 drones", disagreement.Detail);
    }

    [Fact]
    public void A_rejected_claim_shown_for_review_is_no_side_of_a_conflict()
    {
        var w = new World().Source("s1").Source("s2");
        var armed = w.Claim("irn", "arms-transfer", "hezbollah", "s1", "Iran shipped rockets to Hezbollah");
        w.Claim("irn", "arms-transfer", "hezbollah", "s2", "Tehran denies arming Hezbollah", Certainty.Denied);
        w.Verdicts.Add(Review.Verdicts.Create(armed, VerdictKind.Reject, "alice", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var graph = ClaimGraph.Build(w.Claims, w.Verdicts, w.Sources, Kb, includeRejected: true);

        Assert.Empty(new GraphSnapshot(graph).Conflicts(AnalysisFilter.None));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Denials_pair_with_exactly_the_claims_a_test_of_every_denial_against_every_claim_finds(bool rollup)
    {
        // Many denials of one relation between one pair, against many claims of relations they may deny: both directions,
        // symmetric and directed types, the support denial beside cooperative types, dated, spanning and undated times, and
        // party ids that differ only in case (one relation key, yet not the same strings).
        var random = new Random(13);
        var w = new World().Source("s1").Source("s2").Source("s3");
        string[] parties = ["rus", "irn", "kata", "Kata", "wagner", "irgc"];
        string[] relations = ["arms-transfer", "support", "joint-operation", "agreement", "funding", "attack", "coordination"];
        for (var i = 0; i < 600; i++)
        {
            var subject = parties[random.Next(parties.Length)];
            var obj = parties.Where(p => !ClaimGraph.Same(p, subject)).ElementAt(random.Next(parties.Length - 2));
            var from = 2000 + random.Next(20);
            var time = random.Next(5) switch { 0 => null, 1 => ClaimTime.Years(from, from + random.Next(4), TimePrecision.Year, "years"), _ => Year(from) };
            var certainty = random.Next(4) == 0 ? (random.Next(2) == 0 ? Certainty.Denied : Certainty.False) : Certainty.Asserted;
            w.Claim(subject, relations[random.Next(relations.Length)], obj, "s" + (1 + random.Next(3)), $"claim {i}", certainty, time);
        }
        var graph = w.Graph();
        var filter = new AnalysisFilter { Rollup = rollup };

        var found = ConflictFinder.Find(graph.All(filter), graph).Where(c => c.Kind == ConflictKind.Denial)
            .Select(c => string.Join(",", c.Contesting.Select(e => e.ClaimId)) + " | " + string.Join(",", c.Affirming.Select(e => e.ClaimId)))
            .Order(StringComparer.Ordinal).ToList();

        var expected = new List<string>();
        var acted = graph.All(filter).Where(a => a.Object is not null).ToList();
        foreach (var pair in acted.GroupBy(a => string.Join("|", new[] { a.Subject.ToLowerInvariant(), a.Object!.ToLowerInvariant() }.Order(StringComparer.Ordinal))))
        {
            var affirmative = pair.Where(a => AnalysisFilter.IsAffirmative(a.Claim.Certainty)).ToList();
            foreach (var denied in pair.Where(a => !AnalysisFilter.IsAffirmative(a.Claim.Certainty))
                         .GroupBy(d => Relations.RelationBuilder.KeyOf(d.Subject, d.Claim.Relation, d.Object!, d.Claim.Type.Symmetric)))
            {
                var contradicted = affirmative.Where(a => denied.Any(d => ConflictRules.Compatible(d.Claim.Relation, a.Claim.Relation)
                    && ConflictRules.SameParties(d, a, d.Claim.Type.Symmetric && a.Claim.Type.Symmetric) && ConflictRules.Overlap(d.Claim.Time, a.Claim.Time))).ToList();
                if (contradicted.Count > 0)
                    expected.Add(string.Join(",", denied.Select(d => d.Claim.Id).Distinct()) + " | " + string.Join(",", contradicted.Select(a => a.Claim.Id).Distinct()));
            }
        }
        expected.Sort(StringComparer.Ordinal);

        Assert.True(expected.Count >= 10, $"the world should hold many denial conflicts, not {expected.Count}");
        Assert.Equal(expected, found);
    }

    private static void Count(World w, string source, string text, double low, double high)
    {
        var c = w.Claim("irn", "arms-transfer", "rus", source, text, time: Year(2022), materiel: ["drones"]);
        w.Claims[w.Claims.IndexOf(c)] = (c with { Quantity = new Quantity(text, low, high) }).WithId();
    }
}
