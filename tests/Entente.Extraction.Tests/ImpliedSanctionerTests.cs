using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Knowledge;

namespace Entente.Extraction.Tests;

/// <summary>
/// The sanctioner a story names once and then leaves unsaid ("Sanctioned entities include …") is implied at the
/// sanction word of the later sentence, for the relation model to pair with the listed actors.
/// </summary>
public sealed class ImpliedSanctionerTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => new ExtractionPipelineBuilder(KnowledgeBase.Load()).UseRulesOnly().Build());

    /// <summary>The implied mentions of each sentence after the first, as "sentence:entity@word", space-separated.</summary>
    private static string Implied(string text)
    {
        var analysis = new DocumentAnalysis(Document.FromText(text, new DocumentMetadata { Published = new DateOnly(2025, 5, 12) }));
        foreach (var stage in Pipeline.Value.Stages) stage.Run(analysis);
        return string.Join(" ", analysis.Sentences.SelectMany(s => s.Mentions.Where(m => m.Form == MentionForm.Implied)
            .Select(m => $"{s.Index}:{m.Entity.Id}@{s.TextOf(m.First, m.Last).ToLowerInvariant()}")));
    }

    [Theory]
    [InlineData("The U.S. Treasury sanctioned Acme Drone Ltd on Monday. Sanctioned entities include Rosoboronexport.", "1:us-treasury@sanctioned")]
    [InlineData("The U.S. Treasury sanctioned Acme Drone Ltd on Monday. Rosoboronexport was also designated.", "1:us-treasury@designated")]
    [InlineData("The U.S. Treasury sanctioned Acme Drone Ltd on Monday. The sanctions also target Rosoboronexport.", "1:us-treasury@sanctions")]
    // The sanctioner named last is the one implied.
    [InlineData("The U.S. Treasury sanctioned Acme Drone Ltd on Monday. Britain sanctioned Beta Shipping Ltd on Tuesday. Also designated was Rosoboronexport.", "2:gbr@designated")]
    // Named as sanctioning with no target the rules could read, it is still remembered.
    [InlineData("The U.S. Treasury on Monday sanctioned six companies. Sanctioned entities include Rosoboronexport.", "1:us-treasury@sanctioned")]
    public void A_sanction_word_no_actor_owns_implies_the_last_sanctioner(string text, string expected) => Assert.Equal(expected, Implied(text));

    [Theory]
    // No sanctioner named before.
    [InlineData("Sanctioned entities include Rosoboronexport.")]
    // The word has its own owner: a name before it, or an agent after "by".
    [InlineData("The U.S. Treasury sanctioned Acme Drone Ltd on Monday. EU sanctions also hit Rosoboronexport.")]
    [InlineData("The U.S. Treasury sanctioned Acme Drone Ltd on Monday. Rosoboronexport was designated by Britain.")]
    // States and places are no implied targets: sanctions that hurt a country are not a new listing.
    [InlineData("The U.S. Treasury sanctioned Acme Drone Ltd on Monday. The sanctions hurt Iran.")]
    [InlineData("The U.S. Treasury sanctioned Acme Drone Ltd on Monday. Sanctioned firms in China complained.")]
    public void No_sanctioner_is_implied_where_the_sentence_names_one_or_no_target(string text) => Assert.Equal("", Implied(text));
}
