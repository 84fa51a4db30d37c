using Entente.Core.Entities;
using Entente.Extraction.Mentions;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Extraction.Tests.Model;

/// <summary>The indexed search for a pair's trigger place chooses exactly the place the scan of every place chooses, ties included.</summary>
public sealed class SpotIndexTests
{
    private static readonly Entity State = new() { Id = "x", Kind = EntityKind.State, Name = "X" };

    /// <summary>
    /// Random places over a sentence: every kind, multi-token and zero-length places, places on the mentions, weights
    /// from a few values so that costs tie, and the "compound" frame; every pair of a few mentions asks.
    /// </summary>
    [Theory]
    [InlineData(20, 8, 1)]
    [InlineData(60, 30, 2)]
    [InlineData(200, 120, 3)]
    [InlineData(600, 400, 4)]
    [InlineData(40, 200, 5)]
    [InlineData(3000, 900, 6)]
    public void Chooses_the_place_the_scan_chooses(int tokens, int places, int seed)
    {
        var random = new Random(seed);
        var weights = new[] { 0.05f, 0.25f, 0.5f, 1f, 1.5f, 2f, 2.5f };
        var spots = new List<TriggerSpot>();
        for (var i = 0; i < places; i++)
        {
            var first = random.Next(tokens);
            var last = Math.Min(tokens, first + random.Next(0, 4));
            var kind = (SpotKind)random.Next(1, 4);
            var frame = random.Next(6) switch { 0 => "compound", 1 => "transfer", _ => null };
            spots.Add(new TriggerSpot(first, last, kind, kind == SpotKind.Cue ? weights[random.Next(weights.Length)] : 1, frame));
        }
        var index = SpotIndex.Of(spots, fewest: 0)!;
        var mentions = Enumerable.Range(0, 24).Select(_ => Mention(random.Next(tokens - 3), random.Next(1, 4))).ToList();
        var compared = 0;
        foreach (var a in mentions)
            foreach (var b in mentions)
            {
                if (ReferenceEquals(a, b)) continue;
                Assert.Equal(SpotIndex.Scan(spots, a, b), index.Best(a, b));
                compared++;
            }
        Assert.Equal(24 * 23, compared);
    }

    [Fact]
    public void Of_two_equal_places_the_first_listed_is_chosen_wherever_it_stands()
    {
        // Both cues lie two tokens from the pair, one on each side, with the same weight: the scan keeps the first listed.
        var (a, b) = (Mention(10, 1), Mention(14, 1));
        var later = new TriggerSpot(17, 18, SpotKind.Cue, 0.5f, null);
        var earlier = new TriggerSpot(7, 8, SpotKind.Cue, 0.5f, null);
        var fillers = Enumerable.Range(30, 10).Select(k => new TriggerSpot(k, k + 1, SpotKind.Cue, 0.1f, null));
        List<TriggerSpot> spots = [later, earlier, .. fillers];
        Assert.Equal(later, SpotIndex.Of(spots, fewest: 0)!.Best(a, b));
        Assert.Equal(later, SpotIndex.Scan(spots, a, b));
    }

    [Fact]
    public void A_place_on_a_mention_is_passed_over_unless_a_rule_or_a_name_suffix_says_it()
    {
        var (a, b) = (Mention(5, 2), Mention(20, 1));
        var onA = new TriggerSpot(5, 6, SpotKind.Lexicon, 1, null);
        var far = new TriggerSpot(40, 41, SpotKind.Cue, 0.5f, null);
        var index = SpotIndex.Of([onA, far], fewest: 0)!;
        Assert.Equal(far, index.Best(a, b));
        var suffix = onA with { Kind = SpotKind.Cue, Weight = 0.5f, Frame = "compound" };
        Assert.Equal(suffix, SpotIndex.Of([far, suffix], fewest: 0)!.Best(a, b));
    }

    [Fact]
    public void A_short_list_or_a_place_ending_before_it_starts_is_scanned_instead()
    {
        var place = new TriggerSpot(3, 4, SpotKind.Cue, 0.5f, null);
        Assert.Null(SpotIndex.Of(Enumerable.Repeat(place, 7).ToList()));
        Assert.NotNull(SpotIndex.Of(Enumerable.Repeat(place, 8).ToList()));
        Assert.Null(SpotIndex.Of([place, new TriggerSpot(6, 5, SpotKind.Rule, 1, null)], fewest: 0));
    }

    /// <summary>Written sentences read by the pipeline with the shipped model's cues: every pair asked of every relation said.</summary>
    [Theory]
    [InlineData("Russia supplied drones to Iran and Syria talked with China while Belarus trained troops from Venezuela and Cuba armed militias backed by Iran, and Turkey funded rebels in Syria that Qatar also financed.")]
    [InlineData("Iranian instructors trained Houthi fighters in Yemen, where Saudi Arabia and the United Arab Emirates fought them, and Russia sold Egypt fighter jets that France had also offered to sell to Egypt.")]
    [InlineData("The Wagner Group, a Russian company, deployed fighters to Mali and the Central African Republic, which signed a defence pact with Russia, and Iran-backed militias attacked US forces in Iraq and Syria.")]
    public void On_read_sentences_chooses_the_place_the_scan_chooses(string text)
    {
        var kb = KnowledgeBase.Load();
        var model = RelationModel.Shipped()!;
        var finder = new CandidateFinder(model.Cues, model.Contexts, new Relations.TriggerLexicon(), new Lexicons.LexicalClasses(), kb);
        var (sentence, drafts, isLede) = ReadSentence.Of(text, kb);
        var facts = finder.Facts(sentence, isLede, drafts);
        var compared = 0;
        foreach (var (_, spots) in facts.Spots)
        {
            var index = SpotIndex.Of(spots, fewest: 0)!;
            foreach (var a in facts.Arguments)
                foreach (var b in facts.Arguments)
                {
                    if (ReferenceEquals(a, b)) continue;
                    Assert.Equal(SpotIndex.Scan(spots, a, b), index.Best(a, b));
                    compared++;
                }
        }
        Assert.True(compared > 100, $"only {compared} choices compared");
    }

    private static EntityMention Mention(int first, int length) => new(first, first + length, State, MentionForm.Name);
}
