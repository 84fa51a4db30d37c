using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Time;

namespace Entente.Evaluation.Tests;

/// <summary>Small gold documents and predicted claims for scorer tests, over made-up actors.</summary>
public static class Predictions
{
    /// <summary>Aliases of the made-up actors, as a gold folder's aliases.json would list them.</summary>
    public static AliasTable Aliases { get; } = AliasTable.From([
        new("ruritania", ["Ruritania", "Kingdom of Ruritania", "Ruritanian government"]),
        new("freedonia", ["Freedonia", "Republic of Freedonia"]),
        new("osterlich", ["Osterlich"]),
        new("crown-navy", ["Crown Navy"]),
    ]);

    public const string Text = "Ruritania sold patrol boats to Freedonia in 2019. Osterlich and Freedonia signed a pact. The Crown Navy sailed.";

    public static Claim Claim(string subject, string relation, string? obj, Certainty certainty = Certainty.Asserted, (int From, int To)? years = null, string? place = null) => new()
    {
        Id = "c-" + Guid.NewGuid().ToString("N")[..12],
        SourceId = "src-test",
        Subject = Entity(subject),
        Relation = relation,
        Object = obj is null ? null : Entity(obj),
        Place = place is null ? null : Entity(place),
        Certainty = certainty,
        Time = years is { } y ? ClaimTime.Years(y.From, y.To, TimePrecision.Year, $"{y.From}") : null,
        Evidence = new EvidenceSpan("src-test", 50, 85, "Osterlich and Freedonia signed a pact"),
        Producer = Producer.Rule("test.rule"),
    };

    /// <summary>An entity as the extractor names it: its display name and a knowledge-base id the alias table does not list.</summary>
    private static EntityRef Entity(string name) => new("kb-" + AliasNames.Normalize(name).Replace(' ', '-'), name, EntityKind.State);

    public static GoldClaim Gold(string s, string r, string o, Certainty cert = Certainty.Asserted, bool optional = false,
        GoldTriple[]? alt = null, Certainty[]? altCert = null, (int, int)? years = null, string evidence = "sold patrol boats") => new()
        {
            Subject = s,
            Relation = r,
            Object = o,
            Certainty = cert,
            Optional = optional,
            Alternatives = alt ?? [],
            AltCertainty = altCert ?? [],
            Years = years,
            Evidence = evidence,
            EvidenceStart = Text.IndexOf(evidence, StringComparison.Ordinal),
        };

    public static GoldDocument Document(params GoldClaim[] claims) => new()
    {
        Name = "doc",
        TextPath = "doc.txt",
        GoldPath = "doc.gold.json",
        Text = Text,
        Claims = claims,
    };
}
