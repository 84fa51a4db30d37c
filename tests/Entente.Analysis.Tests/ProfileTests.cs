using Entente.Analysis.Graph;
using Entente.Analysis.Profile;
using Entente.Core.Ontology;
using Entente.Core.Sources;

namespace Entente.Analysis.Tests;

public sealed class ProfileTests
{
    // Source "a" is reliability A: an asserted claim rates 0.85 × 1.0 = 85. Source "c" is C: a reported claim rates 0.55 × 0.75 = 41.25 → 41.
    private static AllianceProfile Profile()
    {
        var w = new World().Source("a", "Alpha", Reliability.A).Source("c", "Gamma", Reliability.C);
        w.Claim("rus", "arms-transfer", "irn", "a", "the S-300 was delivered to Iran in 2016", time: World.Year(2016), materiel: ["s-300"]);
        w.Claim("irn", "arms-transfer", "rus", "a", "Iran provided hundreds of drones", time: World.Year(2022), materiel: ["drones"]);
        w.Claim("rus", "agreement", "irn", "a", "In 2007, Iran and Russia signed a deal", time: World.Year(2007), phase: Phase.Agreed);
        w.Claim("rus", "nuclear-cooperation", "irn", "c", "Iran reportedly asked Russia for nuclear help", Certainty.Reported);
        w.Claim("rus", "economic-cooperation", "irn", "c", "Russia is reportedly doing business with Iran", Certainty.Reported, time: World.Year(2022));
        w.Claim("rus", "alliance", "irn", "a", "a long-standing strategic alliance");
        w.Claim("usa", "pressure", "rus", "a", "despite US pressure", time: World.Year(2016));
        w.Claim("usa", "sanction", "irn", "a", "the US sanctioned Iran", time: World.Year(2010));
        w.Claim("rus", "arms-transfer", "ven", "a", "Russia arms Maduro");
        w.Claim("irn", "arms-transfer", "ven", "a", "Iran arms Maduro");
        return w.Snapshot().Profile("rus", "irn");
    }

    [Fact]
    public void The_sphere_by_year_matrix_counts_claims_and_relations_weighted_by_confidence()
    {
        var cells = Profile().Matrix.Select(c => $"{c.Sphere} {c.Year?.ToString() ?? "-"} {c.Claims} {c.Relations} {c.Weight}");
        Assert.Equal(
        [
            "Military 2016 1 1 0.85", "Military 2022 1 1 0.85", "Technology - 1 1 0.41", "Economic 2022 1 1 0.41",
            "Diplomatic 2007 1 1 0.85", "Structural - 1 1 0.85",
        ], cells);
    }

    [Fact]
    public void Breadth_depth_reciprocity_and_duration_follow_their_formulas()
    {
        var p = Profile();
        Assert.Equal(6, p.Claims);
        Assert.Equal(5, p.Breadth); // military, technology, economic, diplomatic, structural
        Assert.Equal(5, p.Depth); // arms-transfer, agreement, nuclear-cooperation, economic-cooperation, alliance
        Assert.Equal(0.509, p.Reciprocity); // Iran → Russia 85 over Russia → Iran 85 + 41 + 41
        Assert.Equal(16, p.DurationYears); // 2007 … 2022
        Assert.Equal(["ven"], p.SharedTheaters.Select(t => t.Id));
    }

    [Fact]
    public void The_indicators_and_their_mean_place_the_pair_between_transaction_and_alliance()
    {
        var p = Profile();
        var values = p.Indicators.ToDictionary(i => i.Id, i => i.Value);
        Assert.Equal(0.833, values["breadth"]); // 5 of 6
        Assert.Equal(0.5, values["persistence-under-pressure"]); // 2016 held (S-300), 2010 did not
        Assert.Equal(1 / 3.0, values["shared-clients"]!.Value, 6); // Venezuela
        Assert.Equal(1 / 3.0, values["institutionalization"]!.Value, 6); // one agreement
        Assert.Equal(0.0, values["joint-action"]);
        Assert.Equal(1.0, values["declared-alliance"]);
        Assert.Equal(0.501, p.StrategicScore); // (0.833 + 0.509 + 0.5 + 1/3 + 1/3 + 0 + 1) / 7
        Assert.Equal("mixed", p.Assessment);
    }

    [Fact]
    public void Each_sphere_cites_its_best_evidence_with_the_source()
    {
        var military = Profile().Spheres.Single(s => s.Sphere == Sphere.Military);
        Assert.Equal(2, military.TopEvidence.Count);
        Assert.Contains(military.TopEvidence, e => e.Materiel.Contains("S-300") && e.SourceTitle == "Title of a");
        Assert.Contains(military.TopEvidence, e => e.Materiel.Contains("drones"));
    }

    [Fact]
    public void A_pair_with_fewer_than_three_affirmed_claims_has_insufficient_evidence_not_a_transactional_tie()
    {
        var w = new World().Source("a", "Alpha", Reliability.A);
        w.Claim("rus", "arms-transfer", "irn", "a", "Russia sold Iran fighter jets", time: World.Year(2023));
        w.Claim("rus", "visit", "irn", "a", "the Russian minister visited Tehran", time: World.Year(2023));
        w.Claim("rus", "economic-cooperation", "irn", "a", "Russia denied trading with Iran", Certainty.Denied);
        var snapshot = w.Snapshot();
        Assert.Equal("insufficient-evidence", snapshot.Profile("rus", "irn").Assessment);
        Assert.Equal("insufficient-evidence", snapshot.Profile("rus", "ven").Assessment);
        Assert.Equal(0, snapshot.Profile("rus", "ven").Claims);
    }

    [Fact]
    public void Arms_orders_agreed_are_no_institution_and_one_source_repeating_an_agreement_counts_once()
    {
        var w = new World().Source("s", "Sipri-like", Reliability.B).Source("a", "Alpha", Reliability.A).Source("b", "Beta", Reliability.B);
        foreach (var year in new[] { 2015, 2016, 2017, 2018 })
            w.Claim("rus", "arms-transfer", "irn", "s", $"order of {year}", time: World.Year(year), phase: Phase.Agreed);
        w.Claim("rus", "agreement", "irn", "a", "Russia and Iran signed a treaty", time: World.Year(2025));
        w.Claim("rus", "agreement", "irn", "a", "the treaty, signed by Russia and Iran", time: World.Year(2025));
        w.Claim("rus", "agreement", "irn", "b", "the two signed a comprehensive treaty", time: World.Year(2025));
        var institution = w.Snapshot().Profile("rus", "irn").Indicators.Single(i => i.Id == "institutionalization");
        Assert.Equal(2 / 3.0, institution.Value!.Value, 6); // sources a and b, once each; no arms order
    }
}
