using Entente.Analysis.Graph;

namespace Entente.Analysis.Tests;

public sealed class RollupTests
{
    [Fact]
    public void Hezbollah_rolls_up_through_the_IRGC_to_Iran_with_the_chain_shown()
    {
        var chain = new World().Graph().Rollup.Chain("hezbollah");
        Assert.Equal("irn", chain.Sponsor.Id);
        Assert.Equal(["hezbollah proxy-of irgc", "irgc part-of irn"], chain.Steps.Select(s => $"{s.From.Id} {s.Link} {s.To.Id}"));
        Assert.All(chain.Steps, s => Assert.Equal("knowledge base", s.Basis));
    }

    [Fact]
    public void A_proxy_of_claim_extends_the_roll_up_beyond_the_knowledge_base()
    {
        var w = new World().Source("s");
        var c = w.Claim("kataib", "proxy-of", "wagner", "s", "Kataib is a front of Wagner");
        var g = w.Graph();
        var chain = g.Rollup.Chain("kataib");
        Assert.Equal("rus", chain.Sponsor.Id);
        Assert.Equal("claim " + c.Id, chain.Steps[0].Basis);
        Assert.Equal(["kataib", "rus", "wagner"], g.Rollup.MembersOf("rus").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rolling_up_counts_an_organs_claims_as_its_states()
    {
        var w = new World().Source("s");
        w.Claim("irgc", "arms-transfer", "wagner", "s", "the IRGC shipped drones to Wagner");
        var snap = w.Snapshot();
        Assert.Equal("irgc|arms-transfer|wagner", Assert.Single(snap.Relations(AnalysisFilter.None)).Key);
        Assert.Equal("irn|arms-transfer|rus", Assert.Single(snap.Relations(new AnalysisFilter { Rollup = true })).Key);
        Assert.Single(snap.Relations(new AnalysisFilter { Rollup = true }, "irn"));
        Assert.Empty(snap.Relations(AnalysisFilter.None, "irn"));
    }

    [Fact]
    public void A_state_is_its_own_sponsor()
    {
        var chain = new World().Graph().Rollup.Chain("rus");
        Assert.Equal("rus", chain.Sponsor.Id);
        Assert.Empty(chain.Steps);
    }
}
