using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Knowledge;

namespace Entente.Analysis.Tests;

/// <summary>A small hand-made world: a knowledge base of a few actors and places, and helpers to write claims and sources.</summary>
public sealed class World
{
    public static readonly KnowledgeBase Kb = KnowledgeBase.From(
    [
        State("rus", "Russia"), State("irn", "Iran"), State("syr", "Syria"), State("ven", "Venezuela"), State("mmr", "Myanmar"),
        State("ukr", "Ukraine"), State("usa", "United States"), State("isr", "Israel"), State("som", "Somalia"), State("chn", "China"),
        new Entity { Id = "irgc", Kind = EntityKind.StateOrgan, Name = "Islamic Revolutionary Guard Corps", Aliases = ["IRGC"], Country = "irn", Links = [new EntityLink("part-of", "irn")] },
        new Entity { Id = "wagner", Kind = EntityKind.ArmedGroup, Name = "Wagner Group", Aliases = ["Wagner"], Country = "rus", Links = [new EntityLink("part-of", "rus")] },
        new Entity { Id = "hezbollah", Kind = EntityKind.ArmedGroup, Name = "Hezbollah", Country = "lbn", Links = [new EntityLink("proxy-of", "irgc")] },
        new Entity { Id = "al-shabaab", Kind = EntityKind.ArmedGroup, Name = "Al-Shabaab", Country = "som" },
        new Entity { Id = "crimea", Kind = EntityKind.Place, Name = "Crimea", Country = "ukr" },
        new Entity { Id = "hmeimim", Kind = EntityKind.Place, Name = "Hmeimim airbase", Country = "syr" },
        new Entity { Id = "s-300", Kind = EntityKind.Materiel, Name = "S-300" },
        new Entity { Id = "drones", Kind = EntityKind.Materiel, Name = "drones" },
    ]);

    private static Entity State(string id, string name) => new() { Id = id, Kind = EntityKind.State, Name = name };

    public List<Claim> Claims { get; } = [];
    public List<Source> Sources { get; } = [];
    public List<Verdict> Verdicts { get; } = [];

    public static EntityRef Ref(string id) =>
        Kb.Get(id) is { } e ? EntityRef.Of(e) : new EntityRef(id, id, EntityKind.ArmedGroup);

    public World Source(string id, string? publisher = null, Reliability reliability = Reliability.F, DateOnly? published = null)
    {
        Sources.Add(new Source { Id = id, Title = "Title of " + id, Publisher = publisher, Reliability = reliability, Published = published, ContentHash = id });
        return this;
    }

    public Claim Claim(string subject, string relation, string? obj, string source, string text,
        Certainty certainty = Certainty.Asserted, ClaimTime? time = null, string? place = null, string[]? materiel = null, Phase phase = Phase.Occurred)
    {
        var c = new Claim
        {
            Id = "",
            SourceId = source,
            Subject = Ref(subject),
            Relation = relation,
            Object = obj is null ? null : Ref(obj),
            Place = place is null ? null : Ref(place),
            Materiel = (materiel ?? []).Select(Ref).ToList(),
            Time = time,
            Certainty = certainty,
            Phase = phase,
            Evidence = new EvidenceSpan(source, 0, text.Length, text),
            Producer = Producer.Analyst("test"),
        }.WithId();
        Claims.Add(c);
        return c;
    }

    public static ClaimTime Year(int y) => ClaimTime.Year(y, y.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public ClaimGraph Graph() => ClaimGraph.Build(Claims, Verdicts, Sources, Kb);

    public GraphSnapshot Snapshot() => new(Graph());
}
