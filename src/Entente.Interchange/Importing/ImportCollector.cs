using Entente.Core.Claims;
using Entente.Core.Hashing;
using Entente.Core.Ontology;
using Entente.Core.Sources;
using Entente.Knowledge;

namespace Entente.Interchange.Importing;

/// <summary>
/// Runs an importer over a file and turns its items into finished claims: entities resolved, the file
/// as the source (id from its content hash) unless a row cites its own, the importer's sentence (or else the row)
/// as evidence, the importer as producer.
/// </summary>
public sealed class ImportCollector(KnowledgeBase kb)
{
    /// <summary>The claim property holding the row as written, for a claim whose evidence is a sentence built from it.</summary>
    public const string RowProperty = "row";

    /// <summary>Reads the whole file. With <paramref name="keepClaims"/> false only counts the claims, so memory does not
    /// grow with the file; <see cref="ClaimsAsync"/> then reads them again as a stream for storing.</summary>
    public async Task<ImportBatch> CollectAsync(ImportFormat format, string path, bool strict = false, CancellationToken ct = default, bool keepClaims = true, IImportProgress? progress = null)
    {
        var source = await SourceOfAsync(format, path);
        var name = Path.GetFileName(path);
        var resolver = new EntityResolver(kb);
        var claims = new List<Claim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<ImportProblem>();
        // The lines skipped for each reason, so the report can name every one of them.
        var skipped = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var cited = new Dictionary<string, Source>(StringComparer.Ordinal);
        var aborted = false;
        await foreach (var (item, claim) in ReadAsync(format, path, source.Id, resolver, seen, ct))
        {
            progress?.Advance();
            switch (item)
            {
                case RowError e:
                    errors.Add(new ImportProblem(name, e.Line, e.Reason));
                    break;
                case RowSkipped s:
                    if (!skipped.TryGetValue(s.Reason, out var lines)) skipped[s.Reason] = lines = [];
                    lines.Add(s.Line);
                    break;
                case ClaimRow c when !RelationTypes.IsKnown(c.Relation):
                    errors.Add(new ImportProblem(name, c.Line, $"'{c.Relation}' is not a relation type of the ontology"));
                    break;
                case ClaimRow c:
                    if (c.Cited is { } origin && RelationTypes.IsKnown(c.Relation)) cited.TryAdd(origin.Id, origin);
                    if (claim is not null && keepClaims) claims.Add(claim);
                    break;
            }
            if (strict && errors.Count > 0)
            {
                aborted = true;
                break;
            }
        }
        var skippedLines = skipped.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<int>)kv.Value, StringComparer.Ordinal);
        var counts = skipped.ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal);
        return new ImportBatch(source, claims, resolver.Created.ToList(), errors, counts) { SkippedLines = skippedLines, Aborted = aborted, ClaimCount = seen.Count, CitedSources = cited.Values.ToList() };
    }

    /// <summary>The file's good claims, read again one by one, as <see cref="CollectAsync"/> made them.</summary>
    public async IAsyncEnumerable<Claim> ClaimsAsync(ImportFormat format, string path, Source source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var (_, claim) in ReadAsync(format, path, source.Id, new EntityResolver(kb), new HashSet<string>(StringComparer.Ordinal), ct))
            if (claim is not null) yield return claim;
    }

    /// <summary>
    /// The importer's items, with entity rows defined in <paramref name="resolver"/> and each claim row of a known
    /// relation made into its claim, the first time its id is <paramref name="seen"/> (else the claim is null).
    /// Both passes over a file read it through here, so they make the same claims.
    /// </summary>
    private static async IAsyncEnumerable<(ImportItem Item, Claim? Claim)> ReadAsync(ImportFormat format, string path, string sourceId,
        EntityResolver resolver, HashSet<string> seen, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var input = File.OpenRead(path);
        await foreach (var item in format.Importer.ReadAsync(input, new ImportContext(Path.GetFileName(path), format.Name), ct))
        {
            if (item is EntityRow r) resolver.Define(r.Mention, r.Aliases);
            var claim = item is ClaimRow c && RelationTypes.IsKnown(c.Relation) ? ToClaim(c, sourceId, format.Name, resolver) : null;
            yield return (item, claim is not null && seen.Add(claim.Id) ? claim : null);
        }
    }

    private static async Task<Source> SourceOfAsync(ImportFormat format, string path)
    {
        string hash;
        await using (var hashing = File.OpenRead(path)) hash = ContentHash.Of(hashing);
        return new Source
        {
            Id = SourceIds.FromHash(hash),
            Title = $"{format.Title}: {Path.GetFileName(path)}",
            Publisher = format.Publisher,
            ContentHash = hash,
            Kind = SourceKind.Dataset,
            Origin = path,
        };
    }

    private static Claim ToClaim(ClaimRow c, string sourceId, string producer, EntityResolver resolver)
    {
        var properties = new Dictionary<string, string>(c.Properties) { ["line"] = c.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (c.Sentence is not null) properties[RowProperty] = c.RowText;
        return new Claim
        {
            Id = "",
            SourceId = c.Cited?.Id ?? sourceId,
            Subject = resolver.Resolve(c.Subject),
            Relation = c.Relation,
            Object = c.Object is null ? null : resolver.Resolve(c.Object),
            Materiel = c.Materiel.Select(resolver.Resolve).ToList(),
            Place = c.Place is null ? null : resolver.Resolve(c.Place),
            Time = c.Time,
            Quantity = c.Quantity,
            Certainty = c.Certainty,
            Phase = c.Phase,
            Confidence = c.Confidence,
            // Start and End locate the row in the file even when the text is the sentence built from it.
            Evidence = new EvidenceSpan(c.Cited?.Id ?? sourceId, c.Start, c.End, c.Sentence ?? c.RowText),
            Producer = Producer.Importer(producer),
            Properties = properties,
        }.WithId();
    }
}
