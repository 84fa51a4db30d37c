using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;

namespace Entente.Storage.Tests;

/// <summary>Sources, entities and claims for the contract tests, each built from a few words.</summary>
internal static class Samples
{
    public static readonly EntityRef Iran = new("irn", "Iran", EntityKind.State);
    public static readonly EntityRef Russia = new("rus", "Russia", EntityKind.State);
    public static readonly EntityRef NorthKorea = new("prk", "North Korea", EntityKind.State);
    public static readonly EntityRef Hezbollah = new("hezbollah", "Hezbollah", EntityKind.ArmedGroup);
    public static readonly EntityRef Shahed = new("shahed-136", "Shahed-136", EntityKind.Materiel);
    public static readonly EntityRef Kherson = new("kherson", "Kherson", EntityKind.Place);

    public static Source Source(string text, string title = "Drones for Moscow")
    {
        var hash = ContentHash.Of(text);
        return new Source
        {
            Id = SourceIds.FromHash(hash),
            ContentHash = hash,
            Title = title,
            Author = "A. Writer",
            Publisher = "Example Review",
            Url = "https://example.org/" + hash[..8],
            Published = new DateOnly(2022, 10, 20),
            Retrieved = new DateOnly(2023, 1, 2),
            Reliability = Reliability.B,
            Kind = SourceKind.Article,
            Origin = "articles/" + hash[..8] + ".txt",
            Text = text,
        };
    }

    public static Source Article() => Source(
        "Iran reportedly delivered Shahed-136 drones to Russia in August 2022. Officials in Kyiv said the drones struck Kherson.");

    public static Claim Claim(Source source, EntityRef subject, string relation, EntityRef? obj, ClaimTime? time = null,
        Certainty certainty = Certainty.Asserted, int start = 0) => new Claim
        {
            Id = "",
            SourceId = source.Id,
            Subject = subject,
            Relation = relation,
            Object = obj,
            Time = time,
            Certainty = certainty,
            Evidence = new EvidenceSpan(source.Id, start, start + 10, source.Text.Substring(start, Math.Min(10, source.Text.Length - start))),
            Producer = Producer.Rule("test-rule"),
        }.WithId();

    /// <summary>A claim that sets every optional field, to prove nothing is lost on the way through storage.</summary>
    public static Claim Full(Source source) => new Claim
    {
        Id = "",
        SourceId = source.Id,
        Subject = Iran,
        Relation = "arms-transfer",
        Object = Russia,
        Materiel = [Shahed],
        Place = Kherson,
        Time = ClaimTime.Month(2022, 8, "in August 2022"),
        Quantity = new Quantity("hundreds of", 200, 900, "drones"),
        Certainty = Certainty.Reported,
        Phase = Phase.Agreed,
        AttributedTo = "officials in Kyiv",
        Evidence = new EvidenceSpan(source.Id, 0, 70, source.Text[..70]),
        Producer = Producer.Importer("acled"),
        Confidence = 77,
        Cues = ["reportedly", "delivered", "in August 2022"],
        Properties = new Dictionary<string, string> { ["cameo"] = "072", ["tiv"] = "12.5" },
    }.WithId();

    public static Entity Entity(string id, string name, EntityKind kind = EntityKind.Group) => new()
    {
        Id = id,
        Kind = kind,
        Name = name,
        Aliases = [name.ToUpperInvariant()],
        Links = [new EntityLink("proxy-of", "irn") { From = new DateOnly(1982, 1, 1) }],
        Country = "irn",
        Location = new GeoPoint(33.9, 35.5),
        NeedsReview = true,
    };

    public static Verdict Verdict(Claim claim, VerdictKind kind, string id, int minute = 0) => new()
    {
        Id = id,
        ClaimId = claim.Id,
        Kind = kind,
        Analyst = "analyst-1",
        At = new DateTimeOffset(2024, 5, 1, 12, minute, 0, TimeSpan.FromHours(2)),
        Note = "checked against a second source",
    };
}
