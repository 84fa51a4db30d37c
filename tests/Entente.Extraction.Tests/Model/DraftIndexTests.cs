using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Extraction.Mentions;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Relations;
using Entente.Extraction.Relations.Model;
using Entente.Extraction.Sentences;

namespace Entente.Extraction.Tests.Model;

/// <summary>The drafts looked up by their parties answer what reading every draft answered, in the same order.</summary>
public sealed class DraftIndexTests
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 12).Select(i => "actor" + i)];
    private static readonly string[] Relations = [RelationTypes.Support.Id, RelationTypes.Alliance.Id, "arms-transfer", RelationTypes.PartOf.Id];
    private static readonly SentenceAnalysis Sentence = new(0, new SentenceSpan(0, 1, false), ".");

    /// <summary>Random drafts among a few entities and relations, some with no object, so that every answer is both true and false somewhere.</summary>
    [Theory]
    [InlineData(8, 1)]
    [InlineData(20, 2)]
    [InlineData(60, 3)]
    [InlineData(150, 4)]
    public void Neighbours_are_those_the_scan_finds(int count, int seed)
    {
        var drafts = RandomDrafts(count, new Random(seed));
        var index = DraftIndex.Of(drafts)!;
        var seen = new HashSet<(bool, bool, bool, bool)>();
        foreach (var relation in Relations)
            foreach (var a in Ids)
                foreach (var b in Ids)
                {
                    var expected = DraftIndex.ScanNeighbours(drafts, relation, a, b);
                    Assert.Equal(expected, index.Neighbours(relation, a, b));
                    seen.Add(expected);
                }
        Assert.True(seen.Count > 3, "the drafts gave too few kinds of answer to compare");
    }

    [Fact]
    public void A_sentence_with_few_drafts_is_scanned()
    {
        Assert.Null(DraftIndex.Of(RandomDrafts(DraftIndex.Fewest - 1, new Random(1))));
        Assert.NotNull(DraftIndex.Of(RandomDrafts(DraftIndex.Fewest, new Random(1))));
    }

    /// <summary>A candidate receives the same drafts in the same order from the lookup as from the scan, both ways round for a symmetric relation.</summary>
    [Theory]
    [InlineData(10, 5)]
    [InlineData(40, 6)]
    [InlineData(400, 7)]
    public void A_candidate_receives_the_drafts_the_scan_gives_it(int count, int seed)
    {
        var random = new Random(seed);
        var drafts = RandomDrafts(count, random);
        // Whom the parties stand for: mostly the drafts' own entities, sometimes another (an official's state).
        var parties = drafts.Select(d => d.Object is null ? (null, null) : ((string?)Pick(random, d.Subject.Id), (string?)Pick(random, d.Object.Id))).ToArray();
        var (indexed, scanned) = (new DraftsByParties(drafts, parties, fewest: 0), new DraftsByParties(drafts, parties, fewest: int.MaxValue));
        var given = 0;
        foreach (var relation in Relations)
            foreach (var a in Ids)
                foreach (var b in Ids)
                {
                    var undirected = RelationTypes.All[RelationCues.IndexOf(relation)].Undirected;
                    var (fromIndex, fromScan) = (Candidate(relation, a, b), Candidate(relation, a, b));
                    indexed.AddTo(fromIndex, undirected);
                    scanned.AddTo(fromScan, undirected);
                    // By reference: a draft has no equality of its own, and the same draft must be given.
                    Assert.True(fromScan.RuleDrafts.SequenceEqual(fromIndex.RuleDrafts), $"{relation} {a} {b}");
                    given += fromScan.RuleDrafts.Count;
                }
        Assert.True(given > 0, "no candidate was given a draft");
    }

    /// <summary>Two candidates of one triple are given the same drafts once merged; a draft added to one later is not the other's.</summary>
    [Fact]
    public void Candidates_of_one_triple_share_the_drafts_and_an_added_draft_stays_with_its_candidate()
    {
        var drafts = RandomDrafts(60, new Random(8));
        var parties = drafts.Select(d => d.Object is null ? (null, null) : ((string?)d.Subject.Id, (string?)d.Object.Id)).ToArray();
        var said = drafts.First(d => d.Object is not null);
        var lookup = new DraftsByParties(drafts, parties, fewest: 0);
        var undirected = RelationTypes.All[RelationCues.IndexOf(said.Relation)].Undirected;
        var (first, second) = (Candidate(said.Relation, said.Subject.Id, said.Object!.Id), Candidate(said.Relation, said.Subject.Id, said.Object.Id));
        lookup.AddTo(first, undirected);
        lookup.AddTo(second, undirected);
        Assert.Contains(said, first.RuleDrafts);
        Assert.Equal(first.RuleDrafts, second.RuleDrafts);
        var given = second.RuleDrafts.ToList();

        var extra = RandomDrafts(1, new Random(9))[0];
        first.AddRuleDraft(extra);

        Assert.Equal(extra, first.RuleDrafts[^1]);
        Assert.Equal(given, second.RuleDrafts);
    }

    private static string Pick(Random random, string id) => random.Next(5) == 0 ? Ids[random.Next(Ids.Length)] : id;

    private static List<ClaimDraft> RandomDrafts(int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(k => new ClaimDraft
        {
            Sentence = Sentence,
            Subject = Entity(Ids[random.Next(Ids.Length)]),
            Relation = Relations[random.Next(Relations.Length)],
            Object = random.Next(6) == 0 ? null : Entity(Ids[random.Next(Ids.Length)]),
            Rule = "test.draft" + k,
            TriggerFirst = 0,
            TriggerLast = 1,
        })];

    private static Entity Entity(string id) => new() { Id = id, Kind = EntityKind.State, Name = id };

    private static PairCandidate Candidate(string relation, string a, string b) => new()
    {
        Sentence = Sentence,
        A = new EntityMention(0, 1, Entity(a), MentionForm.Name),
        B = new EntityMention(2, 3, Entity(b), MentionForm.Name),
        AgentA = Entity(a),
        AgentB = Entity(b),
        Relation = RelationCues.IndexOf(relation),
        Spot = TriggerSpot.None,
    };
}
