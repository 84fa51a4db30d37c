using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Knowledge;
using Entente.Storage;

namespace Entente.Web.Tests;

/// <summary>
/// Seed-like content the web tests can count on: three short sources written for these tests, with
/// claims an analyst would record. The third is hostile: script and onerror payloads in its title, text,
/// evidence and in an entity name.
/// </summary>
public static class FixtureCorpus
{
    public const string S300Sentence = "Russia finally delivered the S-300 to Iran in 2016, after years of delay.";
    public const string ReachedSentence = "Iranian drones reached Russia in the autumn of 2022, officials in Kyiv said.";
    public const string XssTitle = "Hostile <script>window.__xss='title';alert('title')</script> report";
    public const string XssScript = "<script>window.__xss=2;alert(2)</script>";
    public const string XssImg = "<img src=x onerror=\"window.__xss=3;alert(3)\">";
    public const string XssEntityName = "<img src=x onerror=\"window.__xss=4\">Cell";

    public const string ArmsText =
        "Moscow and Tehran: two decades of arms\n" +
        "In 2007, Iran and Russia signed a contract for the S-300 air defence system. " + S300Sentence + "\n" +
        "Russian forces deployed to Syria in 2015 to rescue the Assad government.\n" +
        "IRGC advisers have operated in Syria since 2012.\n" +
        "Hezbollah fighters were present in Syria from 2013.\n" +
        "In 2022, Iran reportedly supplied Shahed-136 drones to Russia for its war in Ukraine.\n" +
        "The United States sanctioned Iranian drone makers in 2022.\n";

    public const string DronesText =
        "Drones for Moscow\n" + ReachedSentence + "\nRussia and Iran agreed in 2007 on the sale of S-300 missiles.\n";

    public const string HostileText =
        "Payload report " + XssImg + "\n" +
        "Russia met " + XssScript + " Iran officials in 2021.\n" +
        "The " + XssImg + " cell trained in Syria in 2020 with Iranian help.\n" +
        "Tehran denied training the " + XssImg + " cell.\n";

    public static async Task LoadAsync(IEntenteStore store, KnowledgeBase kb)
    {
        await store.UpsertEntitiesAsync(kb.Entities);
        var arms = Source("Moscow and Tehran: two decades of arms", "Fixture Review", new DateOnly(2022, 12, 1), Reliability.B, ArmsText);
        var drones = Source("Drones for Moscow", "Second Desk", new DateOnly(2023, 3, 1), Reliability.C, DronesText);
        var hostile = Source(XssTitle, "Unknown <b>Press</b>", new DateOnly(2022, 1, 1), Reliability.F, HostileText);
        var e = (string id) => EntityRef.Of(kb.Get(id) ?? throw new InvalidOperationException($"the knowledge base lacks {id}"));
        var cell = new EntityRef("xss-cell", XssEntityName, EntityKind.ArmedGroup);

        await store.AddDocumentAsync(arms,
        [
            Claim(arms, e("rus"), "agreement", e("irn"), "Iran and Russia signed a contract for the S-300 air defence system", ClaimTime.Year(2007, "In 2007"), materiel: [e("s-300")]),
            Claim(arms, e("rus"), "arms-transfer", e("irn"), "Russia finally delivered the S-300 to Iran in 2016", ClaimTime.Year(2016, "in 2016"), materiel: [e("s-300")]),
            Claim(arms, e("rus"), "presence", e("syr"), "Russian forces deployed to Syria in 2015", ClaimTime.Year(2015, "in 2015")),
            Claim(arms, e("irgc"), "presence", e("syr"), "IRGC advisers have operated in Syria since 2012", ClaimTime.Years(2012, 2022, TimePrecision.Year, "since 2012")),
            Claim(arms, e("hezbollah"), "presence", e("syr"), "Hezbollah fighters were present in Syria from 2013", ClaimTime.Years(2013, 2022, TimePrecision.Year, "from 2013")),
            Claim(arms, e("irn"), "arms-transfer", e("rus"), "Iran reportedly supplied Shahed-136 drones to Russia", ClaimTime.Year(2022, "In 2022"), Certainty.Reported, [e("shahed-136")]),
            Claim(arms, e("usa"), "sanction", e("irn"), "The United States sanctioned Iranian drone makers in 2022", ClaimTime.Year(2022, "in 2022")),
        ]);
        await store.AddDocumentAsync(drones,
        [
            Claim(drones, e("irn"), "arms-transfer", e("rus"), "Iranian drones reached Russia in the autumn of 2022", ClaimTime.PartOfYear(2022, 9, 11, "the autumn of 2022"), Certainty.Reported),
            Claim(drones, e("rus"), "agreement", e("irn"), "Russia and Iran agreed in 2007 on the sale of S-300 missiles", ClaimTime.Year(2007, "in 2007"), materiel: [e("s-300")]),
        ]);
        await store.AddDocumentAsync(hostile,
        [
            Claim(hostile, e("rus"), "contact", e("irn"), "Russia met " + XssScript + " Iran officials in 2021", ClaimTime.Year(2021, "in 2021")),
            Claim(hostile, e("irn"), "training", cell, "The " + XssImg + " cell trained in Syria in 2020", ClaimTime.Year(2020, "in 2020"), place: e("syr")),
            // A denial of the claim above, so the conflicts views have hostile words on both sides.
            Claim(hostile, e("irn"), "training", cell, "Tehran denied training the " + XssImg + " cell", null, Certainty.Denied),
        ]);
    }

    private static Source Source(string title, string publisher, DateOnly published, Reliability reliability, string text) => new()
    {
        Id = SourceIds.FromHash(ContentHash.Of(text)),
        Title = title,
        Publisher = publisher,
        Published = published,
        Reliability = reliability,
        ContentHash = ContentHash.Of(text),
        Origin = "fixture",
        Text = text,
    };

    private static Claim Claim(Source s, EntityRef subject, string relation, EntityRef obj, string evidence, ClaimTime? time,
        Certainty certainty = Certainty.Asserted, IReadOnlyList<EntityRef>? materiel = null, EntityRef? place = null)
    {
        var start = s.Text.IndexOf(evidence, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"evidence not in text: {evidence}");
        return new Claim
        {
            Id = "",
            SourceId = s.Id,
            Subject = subject,
            Relation = relation,
            Object = obj,
            Materiel = materiel ?? [],
            Place = place,
            Time = time,
            Certainty = certainty,
            Evidence = new EvidenceSpan(s.Id, start, start + evidence.Length, evidence),
            Producer = Producer.Analyst("fixture"),
            Confidence = 80,
        }.WithId();
    }
}
