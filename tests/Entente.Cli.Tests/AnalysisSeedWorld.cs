using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Core.Time;
using Entente.Knowledge;
using Entente.Storage;
using Entente.TestSupport;

namespace Entente.Cli.Tests;

/// <summary>
/// Fills a SQLite file with the seed article and its gold claims (../shared/eval/seed), entities resolved
/// through the shipped knowledge base, as the extractor would store them.
/// </summary>
public static class AnalysisSeedWorld
{
    public static async Task FillAsync(string db)
    {
        var text = File.ReadAllText(SharedData.Require("eval/seed/article.txt"));
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Require("eval/seed/gold.json")));
        using var aliases = JsonDocument.Parse(File.ReadAllText(SharedData.Require("eval/aliases.json")));
        var kb = KnowledgeBase.Load();
        var source = new Source
        {
            Id = ContentHash.Of(text),
            Title = "The Russo-Iranian alliance comes to Europe",
            Publisher = "Fresh Air",
            Published = new DateOnly(2022, 12, 1),
            Reliability = Reliability.C,
            ContentHash = ContentHash.Of(text),
            Text = text,
        };
        EntityRef Ref(string key, EntityKind fallback)
        {
            var names = aliases.RootElement.TryGetProperty(key, out var list) ? list.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var e = names.Prepend(key).Select(kb.Resolve).FirstOrDefault(x => x is not null);
            return e is null ? new EntityRef(key, key, fallback) : EntityRef.Of(e);
        }
        var claims = new List<Claim>();
        foreach (var g in gold.RootElement.GetProperty("claims").EnumerateArray())
        {
            var evidence = g.GetProperty("evidence").GetString()!;
            var at = Math.Max(0, text.IndexOf(evidence, StringComparison.Ordinal));
            CertaintyScales.TryParseCertainty(g.GetProperty("cert").GetString(), out var certainty);
            ClaimTime? time = g.TryGetProperty("years", out var y)
                ? ClaimTime.Years(y[0].GetInt32(), y[1].GetInt32(), TimePrecision.Year, $"{y[0].GetInt32()}") : null;
            claims.Add(new Claim
            {
                Id = "",
                SourceId = source.Id,
                Subject = Ref(g.GetProperty("s").GetString()!, EntityKind.Group),
                Relation = g.GetProperty("r").GetString()!,
                Object = Ref(g.GetProperty("o").GetString()!, EntityKind.Group),
                Place = g.TryGetProperty("place", out var p) && p.ValueKind == JsonValueKind.String ? Ref(p.GetString()!, EntityKind.Place) : null,
                Materiel = g.TryGetProperty("materiel", out var m) && m.ValueKind == JsonValueKind.String ? [Ref(m.GetString()!, EntityKind.Materiel)] : [],
                Time = time,
                Certainty = certainty,
                Evidence = new EvidenceSpan(source.Id, at, at + evidence.Length, evidence),
                Producer = Producer.Analyst("gold"),
            }.WithId());
        }
        await using var store = await StoreOpener.OpenAsync(db);
        await store.AddDocumentAsync(source, claims);
    }
}
