using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Entente.Core.Ontology;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// STIX 2.1 bundles. Identities, threat actors, intrusion sets and locations become entities; relationships
/// become claims (our relation ids as relationship types, plus attributed-to → affiliate-of, located-at →
/// presence, targets → attack); confidence gives the certainty; notes give the evidence; a report is the source of the
/// relationships it lists (so re-importing our own bundle keeps each claim's source and corroboration), and
/// reports and opinions are also kept as properties of the relationships they point at. A reference to an id that is not in
/// the bundle is an error naming the object and its line. References may point forward, so the bundle is
/// streamed twice: once to index ids, entities and annotations, once to turn relationships into claims.
/// </summary>
public sealed class StixImporter : IImporter
{
    private static readonly Dictionary<string, string> StandardTypes = new()
    {
        ["attributed-to"] = RelationTypes.AffiliateOf.Id,
        ["located-at"] = RelationTypes.Presence.Id,
        ["targets"] = RelationTypes.Attack.Id,
    };

    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var source = await Rewindable.OpenAsync(input, ct);
        var index = new StixIndex();
        await using (var first = StixObjectStream.ReadAsync(source.Stream, ct).GetAsyncEnumerator(ct))
        {
            while (true)
            {
                RowError? failure = null;
                try
                {
                    if (!await first.MoveNextAsync()) break;
                    index.Add(first.Current);
                }
                catch (JsonException e)
                {
                    failure = new RowError((int)(e.LineNumber ?? 0) + 1, "not valid JSON: " + e.Message.Split(" LineNumber:")[0].Split(" Path:")[0]);
                }
                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }
            }
        }
        if (index.Count == 0)
        {
            yield return new RowError(1, "no STIX objects: the file is not a bundle with an \"objects\" list");
            yield break;
        }
        foreach (var entity in index.Entities) yield return entity;
        source.Rewind();
        await foreach (var o in StixObjectStream.ReadAsync(source.Stream, ct))
        {
            foreach (var error in index.Dangling(o)) yield return error;
            if (o.Type == "relationship") yield return Relationship(o, index);
        }
    }

    private static ImportItem Relationship(StixObject o, StixIndex index)
    {
        var type = o.Str("relationship_type") ?? "";
        var relation = RelationTypes.IsKnown(type) ? type : StandardTypes.GetValueOrDefault(type);
        if (relation is null) return new RowSkipped(o.Line, $"relationship type {type} has no relation in the ontology");
        var (fromId, toId) = (o.Str("source_ref") ?? "", o.Str("target_ref") ?? "");
        if (!index.Has(fromId) || !index.Has(toId)) return new RowSkipped(o.Line, "relationship with a dangling reference");
        if (index.Entity(fromId) is not { } from || index.Entity(toId) is not { } to)
            return new RowSkipped(o.Line, "relationship between objects that are not actors or places");
        var props = index.Annotations.PropertiesFor(o.Id);
        var confidence = o.Json.TryGetProperty("confidence", out var conf) && conf.TryGetInt32(out var c) ? c : (int?)null;
        if (confidence is { } stix) props["stix_confidence"] = stix.ToString(CultureInfo.InvariantCulture);
        props["stix_id"] = o.Id;
        var cited = index.Annotations.SourceFor(o.Id);
        return new ClaimRow(o.Line)
        {
            Subject = from,
            Relation = relation,
            Object = to,
            Materiel = StixExtensions.Materiel(o),
            Place = StixExtensions.Place(o),
            Time = StixExtensions.Time(o),
            Quantity = StixExtensions.Quantity(o),
            Certainty = CertaintyScales.TryParseCertainty(o.Str("x_entente_certainty"), out var ours) ? ours
                : confidence is { } n ? CertaintyScales.FromStixConfidence(n) : Certainty.Reported,
            Phase = CertaintyScales.TryParsePhase(o.Str("x_entente_phase"), out var phase) ? phase : Phase.Occurred,
            Confidence = StixExtensions.Confidence(o) ?? confidence ?? 50,
            RowText = index.Annotations.EvidenceFor(o.Id) ?? o.Str("description") ?? o.Raw,
            Start = cited is not null ? StixExtensions.EvidenceStart(o) ?? 0 : o.Start,
            End = cited is not null ? StixExtensions.EvidenceEnd(o) ?? 0 : o.End,
            Properties = props,
            Cited = cited,
        };
    }
}
