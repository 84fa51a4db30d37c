using System.Runtime.CompilerServices;
using System.Text.Json;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Interchange.Importing;

namespace Entente.Interchange.Formats.Stix;

/// <summary>
/// STIX 2.1 bundles. Identities, threat actors, intrusion sets and locations become entities; relationships
/// become claims (our relation ids as relationship types, plus attributed-to → affiliate-of, located-at →
/// presence, targets → attack); confidence gives the certainty; notes give the evidence; reports and
/// opinions are kept as properties of the relationships they point at. A reference to an id that is not in
/// the bundle is an error naming the object and its line.
/// </summary>
public sealed class StixImporter : IImporter
{
    private static readonly Dictionary<string, string> StandardTypes = new()
    {
        ["attributed-to"] = "affiliate-of",
        ["located-at"] = "presence",
        ["targets"] = "attack",
    };

    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, ct);
        List<StixObject> objects;
        string? failure = null;
        var failureLine = 0;
        try
        {
            objects = StixBundleReader.Read(buffer.ToArray());
        }
        catch (JsonException e)
        {
            objects = [];
            failure = "not valid JSON: " + e.Message.Split(" LineNumber:")[0].Split(" Path:")[0];
            failureLine = (int)(e.LineNumber ?? 0) + 1;
        }
        if (failure is not null)
        {
            yield return new RowError(failureLine, failure);
            yield break;
        }
        var byId = new Dictionary<string, StixObject>(StringComparer.Ordinal);
        foreach (var o in objects) byId.TryAdd(o.Id, o);
        var annotations = new StixAnnotations();
        foreach (var o in objects)
        {
            foreach (var field in new[] { "source_ref", "target_ref" })
                if (o.Str(field) is { } r && !byId.ContainsKey(r))
                    yield return new RowError(o.Line, $"{o.Id}: {field} {r} is not in the bundle");
            foreach (var r in o.Refs("object_refs").Where(r => !byId.ContainsKey(r)))
                yield return new RowError(o.Line, $"{o.Id}: object_refs names {r}, which is not in the bundle");
            annotations.Add(o);
        }
        foreach (var o in objects.Where(o => StixKinds.EntityTypes.Contains(o.Type)))
            yield return new EntityRow(o.Line, MentionOf(o), o.Refs("aliases"));
        foreach (var o in objects.Where(o => o.Type == "relationship"))
            yield return Relationship(o, byId, annotations);
    }

    private static Mention MentionOf(StixObject o)
    {
        var kind = EntityKinds.TryParse(o.Str("x_entente_kind"), out var k) ? k : StixKinds.KindOf(o.Type, o.Str("identity_class"));
        return new Mention(o.Str("name") ?? o.Id, kind) { Id = o.Str("x_entente_id"), FileKey = o.Id };
    }

    private static ImportItem Relationship(StixObject o, Dictionary<string, StixObject> byId, StixAnnotations notes)
    {
        var type = o.Str("relationship_type") ?? "";
        var relation = RelationTypes.IsKnown(type) ? type : StandardTypes.GetValueOrDefault(type);
        if (relation is null) return new RowSkipped(o.Line, $"relationship type {type} has no relation in the ontology");
        if (!byId.TryGetValue(o.Str("source_ref") ?? "", out var from) || !byId.TryGetValue(o.Str("target_ref") ?? "", out var to))
            return new RowSkipped(o.Line, "relationship with a dangling reference");
        if (!StixKinds.EntityTypes.Contains(from.Type) || !StixKinds.EntityTypes.Contains(to.Type))
            return new RowSkipped(o.Line, "relationship between objects that are not actors or places");
        var props = notes.PropertiesFor(o.Id);
        if (o.Json.TryGetProperty("confidence", out var conf) && conf.TryGetInt32(out var confidence))
            props["stix_confidence"] = confidence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        props["stix_id"] = o.Id;
        return new ClaimRow(o.Line)
        {
            Subject = MentionOf(from),
            Relation = relation,
            Object = MentionOf(to),
            Materiel = StixClaimFields.Materiel(o),
            Time = StixClaimFields.Time(o),
            Certainty = props.TryGetValue("stix_confidence", out var c) ? CertaintyScales.FromStixConfidence(int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)) : Certainty.Reported,
            Phase = CertaintyScales.TryParsePhase(o.Str("x_entente_phase"), out var phase) ? phase : Phase.Occurred,
            RowText = notes.EvidenceFor(o.Id) ?? o.Str("description") ?? o.Raw,
            Start = o.Start,
            End = o.End,
            Properties = props,
        };
    }
}
