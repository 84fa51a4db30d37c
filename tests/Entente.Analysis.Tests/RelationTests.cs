using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Ontology;
using Entente.Core.Sources;

namespace Entente.Analysis.Tests;

public sealed class RelationTests
{
    private const string Wire = "Russia delivered the S-300 air defence system to Iran in 2016 after a long delay";

    private static World Corroborated()
    {
        var w = new World()
            .Source("alpha-1", "Alpha News", Reliability.B)
            .Source("beta-reprint", "Beta Daily", Reliability.C)
            .Source("alpha-2", "alpha news ", Reliability.D)
            .Source("gamma", "Gamma Review", Reliability.C);
        w.Claim("rus", "arms-transfer", "irn", "alpha-1", Wire);
        w.Claim("rus", "arms-transfer", "irn", "beta-reprint", Wire + ".");
        w.Claim("rus", "arms-transfer", "irn", "alpha-2", "Moscow finally shipped the missiles to Tehran");
        w.Claim("rus", "arms-transfer", "irn", "gamma", "Iranian officials said Russian weapons were arriving", Certainty.Reported);
        return w;
    }

    [Fact]
    public void A_reprint_and_a_same_publisher_source_count_once_toward_corroboration()
    {
        var r = Corroborated().Snapshot().Relations(AnalysisFilter.None).Single();
        Assert.Equal(4, r.Claims);
        Assert.Equal(4, r.Sources);
        // {alpha-1, beta-reprint (same words), alpha-2 (same publisher)} and {gamma}
        Assert.Equal(2, r.IndependentSources);
    }

    [Fact]
    public void Two_independent_sources_rate_a_relation_confirmed_with_the_best_reliability()
    {
        var r = Corroborated().Snapshot().Relations(AnalysisFilter.None).Single();
        Assert.Equal("B1", r.Admiralty);
        // group 1: best of 0.85×0.9, 0.85×0.75, 0.85×0.6 = 0.765; group 2: 0.55×0.75 = 0.4125
        // 1 − (1 − 0.765)(1 − 0.4125) = 0.8619… → 86
        Assert.Equal(86, r.Confidence);
        Assert.Equal(Certainty.Asserted, r.StrongestCertainty);
    }

    [Fact]
    public void A_single_claim_takes_its_credibility_from_its_certainty_and_a_denial_lowers_confidence()
    {
        var w = new World().Source("a", "A", Reliability.A).Source("k", "Kremlin", Reliability.C);
        w.Claim("irn", "arms-transfer", "rus", "a", "Iran has provided drones to Russia");
        var single = w.Snapshot().Relations(AnalysisFilter.None).Single();
        Assert.Equal("A2", single.Admiralty);
        Assert.Equal(85, single.Confidence);

        w.Claim("irn", "arms-transfer", "rus", "k", "Tehran denied supplying any drones", Certainty.Denied);
        var denied = w.Snapshot().Relations(AnalysisFilter.None).Single();
        Assert.Equal(1, denied.Denials);
        Assert.Equal(68, denied.Confidence); // 0.85 × 0.8
        Assert.Equal("A2", denied.Admiralty);
    }

    [Fact]
    public void Symmetric_claims_in_either_order_form_one_relation_with_its_time_span()
    {
        var w = new World().Source("s");
        w.Claim("irn", "agreement", "rus", "s", "Iran and Russia signed a deal", time: World.Year(2007));
        w.Claim("rus", "agreement", "irn", "s", "Russia and Iran came to an agreement", time: World.Year(2022));
        var r = w.Snapshot().Relations(AnalysisFilter.None).Single();
        Assert.Equal("irn|agreement|rus", r.Key);
        Assert.Equal(new DateOnly(2007, 1, 1), r.First);
        Assert.Equal(new DateOnly(2022, 12, 31), r.Last);
        Assert.Equal(1, r.IndependentSources);
        Assert.Equal("F2", r.Admiralty);
    }

    [Fact]
    public void A_rejected_claim_drops_out_and_a_corrected_claim_is_replaced_by_its_correction()
    {
        var w = new World().Source("s");
        var wrong = w.Claim("rus", "arms-transfer", "ven", "s", "Russia armed Venezuela");
        var misread = w.Claim("rus", "arms-transfer", "syr", "s", "Russia armed Hezbollah in Syria");
        var at = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        w.Verdicts.Add(new Verdict { Id = "v1", ClaimId = wrong.Id, Kind = VerdictKind.Reject, Analyst = "ann", At = at });
        w.Verdicts.Add(new Verdict { Id = "v2", ClaimId = misread.Id, Kind = VerdictKind.Correct, Analyst = "ann", At = at, Correction = misread with { Id = "c-fixed", Object = World.Ref("hezbollah") } });

        var relations = w.Snapshot().Relations(AnalysisFilter.None);
        var r = Assert.Single(relations);
        Assert.Equal("rus|arms-transfer|hezbollah", r.Key);
        Assert.Equal(["c-fixed"], r.ClaimIds);
    }

    [Fact]
    public void The_latest_verdict_on_a_claim_decides()
    {
        var w = new World().Source("s");
        var c = w.Claim("rus", "arms-transfer", "ven", "s", "Russia armed Venezuela");
        var t0 = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        w.Verdicts.Add(new Verdict { Id = "v2", ClaimId = c.Id, Kind = VerdictKind.Accept, Analyst = "ann", At = t0.AddDays(1) });
        w.Verdicts.Add(new Verdict { Id = "v1", ClaimId = c.Id, Kind = VerdictKind.Reject, Analyst = "bob", At = t0 });
        Assert.Single(w.Snapshot().Relations(AnalysisFilter.None));
    }
}
