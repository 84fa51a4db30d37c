using System.Runtime.CompilerServices;
using System.Text.Json;
using Entente.Core.Entities;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Ftm;

/// <summary>
/// FollowTheMoney entities as JSON lines, flat (entities.ftm.json) or nested (OpenSanctions targets.nested.json).
/// Person, Organization, Company, LegalEntity and PublicBody become entities with their names as aliases.
/// Links become claims: Ownership → the asset is <c>part-of</c> its owner (a subsidiary is part of its
/// group); Membership → the member is <c>part-of</c> the organization; Directorship → the director is an
/// <c>affiliate-of</c> the organization (running a company is not being a piece of it); Sanction → a
/// <c>sanction</c> by the state of the sanction's country (or its authority when the country is not a
/// state, as for the EU) against the target; UnknownLink → the relation its role names, when the role is
/// one of ours. Entities stream out as read; links come from a second pass over
/// the file, since they may name entities later in it, and a link to an id never defined is an error.
/// </summary>
public sealed class FtmImporter : IImporter
{
    private static readonly Dictionary<string, EntityKind> ActorSchemas = new()
    {
        ["Person"] = EntityKind.Person,
        ["Organization"] = EntityKind.Organization,
        ["Company"] = EntityKind.Organization,
        ["LegalEntity"] = EntityKind.Organization,
        ["PublicBody"] = EntityKind.StateOrgan,
    };

    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var source = await Rewindable.OpenAsync(input, ct);
        var defined = new Dictionary<string, Mention>(StringComparer.Ordinal);
        await foreach (var item in JsonLines.ReadAsync(source.Stream, ct))
        {
            if (item.Error is not null)
            {
                yield return item.Error;
                continue;
            }
            var (entities, error) = Entities(item);
            if (error is not null)
            {
                yield return error;
                continue;
            }
            foreach (var e in entities)
            {
                if (ActorSchemas.TryGetValue(e.Schema, out var kind))
                {
                    var names = e.Values("name").Concat(e.Values("alias")).Distinct().ToList();
                    var mention = new Mention(names.FirstOrDefault() ?? e.Id, kind) { FileKey = e.Id };
                    defined[e.Id] = mention;
                    yield return new EntityRow(e.Line, mention, names);
                }
                else if (!FtmLinks.IsLink(e.Schema))
                    yield return new RowSkipped(e.Line, $"FTM schema {e.Schema} has no entity or claim in the ontology");
            }
        }
        // Links may name entities defined further down, so they are read in a second pass.
        source.Rewind();
        await foreach (var item in JsonLines.ReadAsync(source.Stream, ct))
        {
            if (item.Json is null) continue;
            // A line that is not an entity was reported as an error in the first pass.
            foreach (var link in Entities(item).Entities.Where(e => FtmLinks.IsLink(e.Schema)))
                yield return FtmLinks.ToClaim(link, defined);
        }
    }

    private static (IReadOnlyList<FtmEntity> Entities, RowError? Error) Entities(JsonLines.Item item)
    {
        var (entities, error) = FtmEntity.Flatten(item.Json!.Value, item.Line.Number, item.Line.Text);
        return error is not null
            ? ([], new RowError(item.Line.Number, error))
            : (entities.ConvertAll(x => x with { Start = item.Line.Offset, End = item.Line.End }), null);
    }
}

/// <summary>JSON lines: one JSON value per line, each parsed on its own.</summary>
public static class JsonLines
{
    public readonly record struct Item(TextLine Line, JsonElement? Json, RowError? Error, bool Fatal = false);

    public static async IAsyncEnumerable<Item> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var lines = LineReader.ReadAsync(input, LineReader.StrictUtf8, ct).GetAsyncEnumerator(ct);
        while (true)
        {
            Item item;
            try
            {
                if (!await lines.MoveNextAsync()) yield break;
                var line = lines.Current;
                if (line.Text.Trim().Length == 0) continue;
                item = Parse(line);
            }
            catch (EncodingProblem p)
            {
                item = new Item(new TextLine(p.Line, 0, ""), null, new RowError(p.Line, p.Message), Fatal: true);
            }
            yield return item;
            if (item.Fatal) yield break;
        }
    }

    private static Item Parse(TextLine line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line.Text);
            return new Item(line, doc.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return new Item(line, null, new RowError(line.Number, "not a JSON value (truncated?): " + e.Message.Split(" LineNumber:")[0]));
        }
    }
}
