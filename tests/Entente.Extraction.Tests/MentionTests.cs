using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

/// <summary>Mentions over the shipped knowledge base: case guards, possessives, demonyms, compounds, metonyms.</summary>
public sealed class MentionTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() =>
        new ExtractionPipelineBuilder(KnowledgeBase.Load()).UseSentences().UseTokens().UseMentions().UseTime().UseAttribution().UseCoreference().Build());

    private static List<EntityMention> Mentions(string text)
    {
        var analysis = new DocumentAnalysis(Document.FromText(text, new DocumentMetadata { Published = new DateOnly(2024, 1, 1) }));
        foreach (var stage in Pipeline.Value.Stages) stage.Run(analysis);
        return analysis.Sentences.SelectMany(s => s.Mentions).ToList();
    }

    private static string Ids(string text) => string.Join(" ", Mentions(text).Select(m => m.Entity.Id));

    [Theory]
    [InlineData("Let us see what the US does.", "usa")]
    [InlineData("He drove a car to the CAR border.", "caf")]
    [InlineData("US officials told us so.", "usa")]
    public void Acronyms_match_only_in_capitals(string text, string expected) => Assert.Equal(expected, Ids(text));

    [Fact]
    public void A_possessive_is_marked_and_the_name_still_found()
    {
        var m = Assert.Single(Mentions("Iran’s support grew."));
        Assert.Equal("irn", m.Entity.Id);
        Assert.True(m.Possessive);
    }

    [Theory]
    [InlineData("the Russo-Iranian intervention", "rus irn")]
    [InlineData("a Sino-Russian partnership", "chn rus")]
    [InlineData("a Russian-backed coup", "rus")]
    [InlineData("Moscow and the Kremlin agreed with Tehran", "rus rus irn")]
    public void Demonyms_compounds_and_metonyms_name_their_states(string text, string expected) => Assert.Equal(expected, Ids(text));

    [Theory]
    [InlineData("The West imposed sanctions on Iran.", "western-governments irn")]
    [InlineData("Iran accused the West of meddling.", "irn western-governments")]
    [InlineData("Western sanctions hit Russia.", "western-governments rus")]
    [InlineData("Wagner sent fighters to West Africa.", "wagner africa")]
    [InlineData("Fighting went on in the west of Syria.", "syr")]
    public void The_West_is_an_actor_and_west_a_direction(string text, string expected) => Assert.Equal(expected, Ids(text));

    [Fact]
    public void A_demonym_before_materiel_names_its_origin()
    {
        var ms = Mentions("Russia bought Iranian drones.");
        var drones = ms.Single(m => m.IsMateriel);
        Assert.Equal("drones", drones.Entity.Id);
        Assert.Equal("irn", drones.Origin?.Id);
        Assert.Equal(MentionRole.Origin, ms.Single(m => m.Entity.Id == "irn").Role);
    }

    [Fact]
    public void An_official_with_a_demonym_serves_the_state()
    {
        // The knowledge base knows the minister: the mention stays the person, who serves the state (and stands for it in claims).
        var m = Mentions("Iranian Foreign Minister Hossein Amir-Abdollahian flew to Mali.").First();
        Assert.Equal("hossein-amir-abdollahian", m.Entity.Id);
        Assert.Equal("irn", m.Serves?.Id);
        Assert.Equal(MentionForm.Official, m.Form);
    }

    [Fact]
    public void An_unnamed_collective_becomes_a_group_entity()
    {
        var m = Mentions("Russia recruited former Cuban soldiers.").Single(x => x.Form == MentionForm.Group);
        Assert.Equal("former-cuban-soldiers", m.Entity.Id);
        Assert.Equal(Core.Entities.EntityKind.Group, m.Entity.Kind);
    }

    [Fact]
    public void The_two_allies_are_the_last_two_actors()
    {
        var ms = Mentions("Russia and Iran met. The two allies are coordinating.");
        Assert.Equal(["irn", "rus"], ms.Where(m => m.Form == MentionForm.Collective).Select(m => m.Entity.Id).Order());
    }

    [Fact]
    public void We_in_a_quote_is_the_speaker()
    {
        var ms = Mentions("“We maintain contacts with Hamas,” Russian Deputy Foreign Minister Mikhail Bogdanov said.");
        Assert.Equal("rus", ms.First(m => m.Form == MentionForm.Pronoun).Entity.Id);
    }
}
