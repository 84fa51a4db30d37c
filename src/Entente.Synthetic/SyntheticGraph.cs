using System.Globalization;
using System.Text;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Knowledge;

namespace Entente.Synthetic;

/// <summary>A source with its claims, as the generator hands them to a store.</summary>
public sealed record SyntheticDocument(Source Source, IReadOnlyList<Claim> Claims);

/// <summary>
/// Generates a synthetic claim graph for scale tests: the knowledge base's actors plus synthetic ones,
/// named with a Zipf-like frequency (a few hubs, a long tail, knowledge-base actors first), every relation
/// type, certainties in realistic proportions, dated claims of varied precision, places, materiel, and
/// sources of several publishers whose templated sentences make natural near-duplicates.
/// </summary>
public sealed class SyntheticGraph
{
    private static readonly (Certainty C, int Weight)[] Certainties =
        [(Certainty.Asserted, 40), (Certainty.Likely, 10), (Certainty.Reported, 25), (Certainty.Alleged, 8), (Certainty.Possible, 10), (Certainty.Denied, 5), (Certainty.False, 2)];

    private static readonly string[] Hubs = ["rus", "irn", "usa", "chn", "irgc", "hezbollah", "wagner", "syr", "isr", "ukr", "prk", "ven", "hamas", "houthis"];

    private readonly SyntheticOptions _o;
    private readonly List<EntityRef> _actors;
    private readonly List<EntityRef> _places;
    private readonly List<EntityRef> _materiel;
    private readonly double[] _cumulative;

    public SyntheticGraph(KnowledgeBase kb, SyntheticOptions options)
    {
        _o = options;
        var random = new Random(options.Seed);
        var states = kb.Entities.Where(e => e.Kind == EntityKind.State).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        NewEntities = Enumerable.Range(1, options.ActorCount).Select(i => NewActor(i, states, random)).ToList();
        // The actors reporting names most come first (Zipf rank 1, 2, …); the rest of the knowledge base in a seeded
        // shuffle, then the synthetic actors.
        var known = kb.Entities.Where(e => e.Kind.IsActor()).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        random.Shuffle(known);
        _actors = known.OrderBy(e => Array.IndexOf(Hubs, e.Id) is var i && i >= 0 ? i : Hubs.Length)
            .Concat(NewEntities).Select(EntityRef.Of).ToList();
        _places = kb.Entities.Where(e => e.Kind is EntityKind.Place or EntityKind.State).OrderBy(e => e.Id, StringComparer.Ordinal).Select(EntityRef.Of).ToList();
        _materiel = kb.Entities.Where(e => e.Kind == EntityKind.Materiel).OrderBy(e => e.Id, StringComparer.Ordinal).Select(EntityRef.Of).ToList();
        if (_materiel.Count == 0) _materiel.Add(new EntityRef("syn-weapons", "weapons", EntityKind.Materiel));
        _cumulative = new double[_actors.Count];
        var sum = 0.0;
        for (var i = 0; i < _actors.Count; i++) _cumulative[i] = sum += 1 / Math.Pow(i + 1, options.Skew);
    }

    /// <summary>The synthetic actors, to store alongside the knowledge base.</summary>
    public IReadOnlyList<Entity> NewEntities { get; }

    private static Entity NewActor(int i, List<Entity> states, Random random)
    {
        var kinds = new[] { EntityKind.ArmedGroup, EntityKind.StateOrgan, EntityKind.Group, EntityKind.PoliticalGroup, EntityKind.Organization };
        var kind = kinds[random.Next(kinds.Length)];
        var country = states.Count == 0 ? null : states[random.Next(states.Count)].Id;
        var id = "syn-" + i.ToString("D6", CultureInfo.InvariantCulture);
        return new Entity
        {
            Id = id,
            Kind = kind,
            Name = $"Synthetic {kind} {i}",
            Country = country,
            Links = kind == EntityKind.StateOrgan && country is not null ? [new EntityLink(RelationTypes.PartOf.Id, country)] : [],
        };
    }

    public IEnumerable<SyntheticDocument> Documents()
    {
        var random = new Random(_o.Seed * 7919 + 1);
        var made = 0;
        for (var doc = 0; made < _o.Claims; doc++)
        {
            var n = Math.Min(_o.ClaimsPerSource, _o.Claims - made);
            var text = new StringBuilder();
            var drafts = new List<Claim>(n);
            var sourceId = ContentHash.Of($"synthetic/{_o.Seed}/{doc}");
            var latest = 1990;
            for (var k = 0; k < n; k++)
            {
                var c = Draft(random, sourceId, made + k, text);
                drafts.Add(c);
                if (c.Time is not null) latest = Math.Max(latest, c.Time.To.Year);
            }
            made += n;
            var source = new Source
            {
                Id = sourceId,
                Title = $"Synthetic report {doc + 1}",
                Publisher = $"Synthetic Publisher {random.Next(300) + 1}",
                Reliability = (Reliability)random.Next(6),
                Published = new DateOnly(Math.Min(2025, latest + random.Next(3)), random.Next(12) + 1, random.Next(28) + 1),
                ContentHash = sourceId,
                Text = text.ToString(),
            };
            yield return new SyntheticDocument(source, drafts);
        }
    }

    private Claim Draft(Random random, string sourceId, int n, StringBuilder text)
    {
        var type = RelationTypes.All[random.Next(RelationTypes.All.Count)];
        var subject = PickActor(random);
        var located = type.ObjectIsPlace;
        var obj = located ? _places[random.Next(_places.Count)] : PickActor(random, except: subject);
        var time = random.NextDouble() < 0.8 ? Time(random) : null;
        var place = !located && random.NextDouble() < 0.2 ? _places[random.Next(_places.Count)] : null;
        IReadOnlyList<EntityRef> materiel = type.Sphere == Sphere.Military && random.NextDouble() < 0.5 ? [_materiel[random.Next(_materiel.Count)]] : [];
        var sentence = $"{subject.Name} {type.Id.Replace('-', ' ')} {obj.Name}{(materiel.Count > 0 ? " with " + materiel[0].Name : "")}"
            + $"{(place is null ? "" : " in " + place.Name)}{(time is null ? "" : " in " + time.Text)}, report {n % 97}. ";
        var start = text.Length;
        text.Append(sentence);
        return new Claim
        {
            Id = "",
            SourceId = sourceId,
            Subject = subject,
            Relation = type.Id,
            Object = obj,
            Place = place,
            Materiel = materiel,
            Time = time,
            Certainty = Pick(random),
            Evidence = new EvidenceSpan(sourceId, start, start + sentence.Length - 1, sentence.TrimEnd()),
            Producer = Producer.Importer("synthetic"),
            Confidence = 50,
        }.WithId();
    }

    private EntityRef PickActor(Random random, EntityRef? except = null)
    {
        while (true)
        {
            var i = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
            var a = _actors[Math.Min(_actors.Count - 1, i < 0 ? ~i : i)];
            if (except is null || a.Id != except.Id) return a;
        }
    }

    private static Certainty Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (c, w) in Certainties)
            if ((roll -= w) < 0) return c;
        return Certainty.Asserted;
    }

    private static ClaimTime Time(Random random)
    {
        var year = 1990 + random.Next(35);
        var (month, day, kind) = (random.Next(12) + 1, random.Next(28) + 1, random.Next(20));
        return kind switch
        {
            < 12 => ClaimTime.Year(year, year.ToString(CultureInfo.InvariantCulture)),
            < 17 => ClaimTime.Month(year, month, $"{year}-{month:D2}"),
            _ => ClaimTime.Day(new DateOnly(year, month, day), $"{year}-{month:D2}-{day:D2}"),
        };
    }
}
