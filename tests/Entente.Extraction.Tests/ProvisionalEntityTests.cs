using Entente.Core.Entities;
using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

/// <summary>
/// Names the knowledge base lacks: provisional entities with slug ids, a kind from their words, the state the text
/// gives them and a review flag; officials who act for a state; unnamed collectives; and the capitals that are no actor.
/// </summary>
public sealed class ProvisionalEntityTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => ExtractionPipeline.CreateDefault(KnowledgeBase.Load()));

    private static List<EntityMention> Mentions(string text)
    {
        var analysis = new DocumentAnalysis(Document.FromText(text, new DocumentMetadata { Published = new DateOnly(2024, 1, 1) }));
        foreach (var stage in Pipeline.Value.Stages) stage.Run(analysis);
        return analysis.Sentences.SelectMany(s => s.Mentions).ToList();
    }

    /// <summary>The one provisional entity a text names (a pronoun that refers back to it aside).</summary>
    private static EntityMention Provisional(string text) => Assert.Single(Mentions(text), m => m.Entity.NeedsReview && m.Form != MentionForm.Pronoun);

    [Fact]
    public void A_company_with_a_legal_form_is_an_organization_whose_id_leaves_the_form_out()
    {
        var m = Provisional("Regulators fined Halvard Marine Trading Co. Ltd. last year.");
        Assert.Equal("halvard-marine-trading", m.Entity.Id);
        Assert.Equal("Halvard Marine Trading Co. Ltd", m.Entity.Name);
        Assert.Equal(EntityKind.Organization, m.Entity.Kind);
        Assert.Equal(MentionRole.Actor, m.Role);
    }

    [Fact]
    public void The_same_name_in_two_documents_is_one_entity() =>
        Assert.Equal(Provisional("Officials named Korvan Drone Works in the report.").Entity.Id, Provisional("Korvan Drone Works denied the charge.").Entity.Id);

    [Fact]
    public void A_later_short_form_names_the_entity_the_document_introduced()
    {
        var ms = Mentions("The exporter Qarvan Logistics LLC chartered the tanker. Later Qarvan Logistics said it had done nothing wrong.")
            .Where(m => m.Entity.NeedsReview && m.Form != MentionForm.Pronoun).ToList();
        Assert.True(ms.Count == 2, string.Join("; ", ms));
        Assert.Equal(ms[0].Entity, ms[1].Entity);
    }

    [Theory]
    [InlineData("Russia bought drones from the Iranian firm Darvish Aerotech.", "darvish-aerotech", "irn")]
    [InlineData("Drone parts came from Hong Kong-based Lumen Bridge Trading.", "lumen-bridge-trading", "chn")]
    [InlineData("Belgrave Hollis, a Chinese company, shipped the parts.", "belgrave-hollis", "chn")]
    [InlineData("The Iraqi Popular Resolve Forces fired rockets.", "popular-resolve-forces", "irq")]
    public void The_state_a_demonym_a_seat_or_an_apposition_gives_is_the_entitys_country(string text, string id, string country)
    {
        var m = Provisional(text);
        Assert.Equal(id, m.Entity.Id);
        Assert.Equal(country, m.Entity.Country);
        // The demonym is part of the mention, so no claim is pinned on its state.
        Assert.DoesNotContain(Mentions(text), x => x.Entity.Id == country && x.Role == MentionRole.Actor);
    }

    [Theory]
    [InlineData("Fighters of the Popular Resolve Forces crossed the river.", EntityKind.ArmedGroup)]
    [InlineData("The 4th Brigade moved north.", EntityKind.ArmedGroup)]
    [InlineData("The Bank of Kunlar froze the accounts.", EntityKind.Organization)]
    [InlineData("The attack was planned by IRGC Unit 7712 and its agents.", EntityKind.StateOrgan)]
    [InlineData("Investigators blamed arms dealer Viktor Stanek.", EntityKind.Person)]
    [InlineData("The funds were handled by General Tarek Osmanli.", EntityKind.Person)]
    [InlineData("Marta Kovanen, the group's treasurer, moved the money.", EntityKind.Person)]
    [InlineData("Rebels held the road near Qarshinabad airport.", EntityKind.Place)]
    public void The_kind_comes_from_the_head_word_a_title_a_role_or_a_place_word(string text, EntityKind kind) =>
        Assert.Equal(kind, Provisional(text).Entity.Kind);

    [Theory]
    [InlineData("The Zambian Ministry of Mines revoked the licence.")]
    [InlineData("Zambia's Ministry of Mines revoked the licence.")]
    public void A_ministry_of_a_named_state_speaks_for_the_state(string text)
    {
        var m = Assert.Single(Mentions(text));
        Assert.Equal("zmb", m.Entity.Id);
        Assert.Equal(MentionForm.Official, m.Form);
    }

    [Theory]
    [InlineData("Iran's defence minister, Kaveh Roshani, arrived in Moscow.")]
    [InlineData("Kaveh Roshani, Iran's defence minister, arrived in Moscow.")]
    [InlineData("Iranian Oil Minister Kaveh Roshani arrived in Moscow.")]
    [InlineData("Iranian Oil Minister Kaveh T. Roshani arrived in Moscow.")]
    public void An_unknown_official_is_a_person_who_acts_for_the_state_the_title_names(string text)
    {
        var m = Assert.Single(Mentions(text), m => m.Form == MentionForm.Official);
        Assert.StartsWith("kaveh-", m.Entity.Id);
        Assert.EndsWith("-roshani", m.Entity.Id);
        Assert.Equal(EntityKind.Person, m.Entity.Kind);
        Assert.True(m.Entity.NeedsReview);
        Assert.Equal("irn", Assert.Single(m.Entity.Links, l => l.Type == "part-of").Target);
    }

    [Theory]
    [InlineData("Syrian rebels shelled the town.", "syrian-rebels")]
    [InlineData("African governments condemned the launch.", "african-governments")]
    [InlineData("The strikes killed civilians.", "civilians")]
    [InlineData("The group attacked commercial shipping in the strait.", "commercial-shipping")]
    [InlineData("Jihadist insurgents burned the depot.", "jihadist-insurgents")]
    public void Unnamed_collectives_are_groups_named_as_written(string text, string id)
    {
        var m = Assert.Single(Mentions(text), m => m.Entity.Kind == EntityKind.Group);
        Assert.Equal(id, m.Entity.Id);
        Assert.True(m.Entity.NeedsReview);
    }

    [Fact]
    public void A_states_own_demonym_before_governments_is_the_state_not_a_collective() =>
        Assert.DoesNotContain(Mentions("The Iranian governments of the time bought arms."), m => m.Entity.Kind == EntityKind.Group);

    [Theory]
    [InlineData("However, Security Council members met in June.")]
    [InlineData("The Wall Street Journal reported the sale first.")]
    [InlineData("Analysts in Los Angeles doubted the figures.")]
    [InlineData("Executive Order 13224 allows such designations.")]
    [InlineData("Drone Parts Moving From Asia To The Front")]
    public void Sentence_starts_titles_of_works_places_and_headings_make_no_actor(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Entity.NeedsReview && m.IsActor);

    [Theory]
    [InlineData("The Russian Navy's General Staff approved the plan.")]
    [InlineData("Syrian President Bashar al-Assad met the envoy.")]
    public void A_title_before_common_words_or_a_known_name_makes_no_new_person(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Entity.NeedsReview && m.Entity.Kind == EntityKind.Person);

    [Fact]
    public void A_word_that_opens_place_names_makes_a_place() =>
        Assert.Equal(EntityKind.Place, Provisional("Militias still held Jurf al-Nasr last week.").Entity.Kind);

    [Fact]
    public void The_knowledge_base_wins_when_it_knows_the_name() =>
        Assert.DoesNotContain(Mentions("The Islamic Revolutionary Guard Corps trained the unit."), m => m.Entity.NeedsReview);

    [Fact]
    public void An_extraction_result_carries_its_new_entities_whole()
    {
        var result = Pipeline.Value.Extract(Document.FromText("The United States sanctioned Halvard Marine Trading Co. Ltd. in 2023."));
        var company = Assert.Single(result.NewEntities);
        Assert.True(company.NeedsReview);
        Assert.Contains(result.ClaimEntities(_ => null), e => e.Id == company.Id);
    }
}
