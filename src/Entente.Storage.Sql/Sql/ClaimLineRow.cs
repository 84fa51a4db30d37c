using System.Collections.Frozen;
using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Core.Serialization;
using Entente.Core.Time;

namespace Entente.Storage.Sql;

/// <summary>
/// A claim as a listing shows it (a timeline's rows): the claims table's columns and the few JSON fields a listing
/// prints (time text and precision, names and kinds of the parties and the place, materiel, quantity, the evidence words),
/// joined by the database into one string per row and split here, like <see cref="OutlineRow"/>. On SQLite two
/// indexes hold this string beside the subject and beside the object (migration 11), so a hub's listing is read
/// from a few contiguous index pages instead of one table page, and one JSON decode, per claim.
/// </summary>
internal sealed class ClaimLineRow() : JoinedRow("line")
{
    private static readonly FrozenDictionary<string, EntityKind> Kinds = Enum.GetValues<EntityKind>().ToFrozenDictionary(k => k.ToId());
    private static readonly FrozenDictionary<string, TimePrecision> Precisions = Enum.GetValues<TimePrecision>().ToFrozenDictionary(ClaimTime.PrecisionId);
    private static readonly FrozenDictionary<string, ProducerKind> ProducerKinds = Enum.GetValues<ProducerKind>().ToFrozenDictionary(k => Ids.Of(k));

    private readonly Dictionary<string, EntityRef> _refs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<EntityRef>> _materiel = new(StringComparer.Ordinal);

    /// <summary>
    /// The one-text expression over the claims table (no alias: an index holds the same expression). <paramref name="jsonText"/>
    /// renders the text at a path of the json column, <paramref name="jsonValue"/> the JSON under a key, <paramref name="dateText"/>
    /// a date column as yyyy-MM-dd.
    /// </summary>
    public static string Expression(Func<string[], string> jsonText, Func<string, string> jsonValue, Func<string, string> dateText)
    {
        string Text(params string[] path) => $"COALESCE({jsonText(path)}, '')";
        return string.Join($" || '{Separator}' || ",
            "id", "source_id", "subject_id", "relation", "COALESCE(object_id, '')", "COALESCE(place_id, '')", "certainty", "phase",
            $"COALESCE({dateText("time_from")}, '')", $"COALESCE({dateText("time_to")}, '')", "producer_kind", "producer_name", "CAST(confidence AS TEXT)",
            Text("time", "precision"), Text("time", "text"), Text("subject", "name"), Text("subject", "kind"),
            Text("object", "name"), Text("object", "kind"), Text("place", "name"), Text("place", "kind"),
            $"COALESCE({jsonValue("materiel")}, '')", $"COALESCE({jsonValue("quantity")}, '')", Text("evidence", "text"));
    }

    /// <summary>
    /// The SQLite rendering of <see cref="Expression"/>, which the migration's indexes and the query must spell alike. A row
    /// whose JSON is damaged (a bad disk, a hand edit) would make json_extract fail the write or the migration that indexes
    /// it; such a row's line is its id alone, which does not parse, so readers skip and name it as they do the whole claim.
    /// </summary>
    public static readonly string Sqlite = "CASE WHEN json_valid(json) THEN " + Expression(
        path => $"json_extract(json, '$.{string.Join('.', path)}')", key => $"json_extract(json, '$.{key}')", column => column) + " ELSE id END";

    /// <summary>
    /// The PostgreSQL rendering of <see cref="Expression"/> over a row named <c>claims</c>, with the json column's top-level
    /// fields split once by json_to_record: each "json->'k'" of a json (not jsonb) value parses the document again, eleven
    /// times a line (1.3 s of the server's time for 52,000 lines, 0.8 s split once). A json field of the record is the
    /// field's text as stored, so the line is the same string, byte for byte. Migration 12 keeps it in a column: the bulk
    /// insert computes it for its rows, and a trigger on any other insert that leaves it out and on every update.
    /// </summary>
    public static readonly string Postgres = PostgresFromRecord();

    private static string PostgresFromRecord()
    {
        var fields = new List<string>();
        string Field(string key)
        {
            if (!fields.Contains(key)) fields.Add(key);
            return $"r.\"{key}\"";
        }
        var line = Expression(
            path => Field(path[0]) + string.Concat(path.Skip(1).SkipLast(1).Select(k => $"->'{k}'")) + $"->>'{path[^1]}'",
            key => $"({Field(key)})::text",
            column => $"to_char({column}, 'YYYY-MM-DD')");
        return $"(SELECT {line} FROM json_to_record(claims.json) AS r({string.Join(", ", fields.Select(f => $"\"{f}\" json"))}))";
    }

    /// <summary>The place of the subject and of the relation among a row's fields (after the id and the source).</summary>
    public const int SubjectField = 2, RelationField = 3;

    /// <summary>
    /// One field of a row (<see cref="SubjectField"/>, <see cref="RelationField"/>) without splitting the rest, to pass over
    /// the lines a reader does not want; false for a row too short to hold it.
    /// </summary>
    public static bool TryField(ReadOnlySpan<char> row, int index, out ReadOnlySpan<char> field)
    {
        var rest = row;
        field = default;
        for (var skip = 0; skip < index; skip++)
        {
            var end = rest.IndexOf(Separator);
            if (end < 0) return false;
            rest = rest[(end + 1)..];
        }
        var last = rest.IndexOf(Separator);
        if (last < 0) return false;
        field = rest[..last];
        return true;
    }

    /// <summary>
    /// The outline of a row (<see cref="ClaimOutline"/>: its first fields after the source), without the names, materiel,
    /// time text and words a whole claim needs: what a question over a hub's claims reads of each. <see cref="Parse"/>
    /// reads the same fields the same way and goes on.
    /// </summary>
    public ClaimOutline ParseOutline(ReadOnlySpan<char> row, string id)
    {
        var rest = row;
        // The id (the caller's) and the source, which an outline leaves out.
        Field(ref rest, row);
        Field(ref rest, row);
        return Outline(id, ref rest, row, last: false);
    }

    /// <summary>The claim of a row whose id (<see cref="JoinedRow.IdOf"/>) the caller has already read.</summary>
    public Claim Parse(ReadOnlySpan<char> row, string id)
    {
        var listed = Read(row, id, out var producerKind, out var producerName, out var confidence, out var quantity);
        return new Claim
        {
            Id = id,
            SourceId = listed.SourceId,
            Subject = listed.Subject,
            Relation = listed.Relation,
            Object = listed.Object,
            Place = listed.Place,
            Certainty = listed.Certainty,
            Phase = listed.Phase,
            // Read has checked the interval, so the time is made as the row gives it.
            Time = listed.From is { } from ? ClaimTime.Create(from, listed.To!.Value, listed.Precision!.Value, listed.TimeText!).Value : null,
            Materiel = listed.Materiel,
            Quantity = quantity,
            Evidence = new EvidenceSpan(listed.SourceId, 0, 0, listed.Text),
            Producer = new Producer(producerKind, producerName),
            Confidence = confidence,
        };
    }

    /// <summary>
    /// The listing of a row (<see cref="ClaimListing"/>): what <see cref="Parse"/> makes of it without the claim, its time,
    /// evidence span and producer as objects. Every field is read and checked as there, so the same rows are passed over.
    /// </summary>
    public ClaimListing ParseListing(ReadOnlySpan<char> row, string id) => Read(row, id, out _, out _, out _, out _);

    /// <remarks>
    /// The fields are read and checked in the order <see cref="JoinedRow.Outline"/> and a claim check them, so a damaged row
    /// is named for the same fault; the parties' ids are looked up once, with their names, instead of once more as ids.
    /// </remarks>
    private ClaimListing Read(ReadOnlySpan<char> row, string id, out ProducerKind producerKind, out string producerName, out int confidence, out Quantity? quantity)
    {
        var rest = row;
        Field(ref rest, row);
        var sourceId = Shared(Field(ref rest, row))!;
        var subjectId = Field(ref rest, row);
        var relation = Shared(Field(ref rest, row));
        var objectId = Field(ref rest, row);
        var placeId = Field(ref rest, row);
        var certaintyText = Field(ref rest, row);
        var phaseText = Field(ref rest, row);
        var from = Date(Field(ref rest, row), row);
        var end = Date(Field(ref rest, row), row);
        if (subjectId.IsEmpty || relation is null) throw Damaged("line", row);
        var certainty = Certainties.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(certaintyText, out var ce) ? ce : throw Damaged("certainty", row);
        var phase = Phases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phaseText, out var ph) ? ph : throw Damaged("phase", row);
        producerKind = ProducerKinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Field(ref rest, row), out var k) ? k : throw Damaged("producer", row);
        producerName = Shared(Field(ref rest, row))!;
        confidence = int.TryParse(Field(ref rest, row), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : throw Damaged("confidence", row);
        var precisionText = Field(ref rest, row);
        var timeText = Field(ref rest, row);
        TimePrecision? precision = null;
        string? text = null;
        DateOnly? to = null;
        if (from is { } start)
        {
            to = end ?? throw Damaged("date", row);
            precision = Precisions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(precisionText, out var pr) ? pr : throw Damaged("time precision", row);
            text = Shared(timeText) ?? "";
            // A claim's time cannot end before it starts (ClaimTime.Create refuses it); such a row is damaged.
            if (start > to) throw Damaged("time", row);
        }
        var subject = Ref(subjectId, Field(ref rest, row), Field(ref rest, row), row)!;
        var obj = Ref(objectId, Field(ref rest, row), Field(ref rest, row), row);
        var place = Ref(placeId, Field(ref rest, row), Field(ref rest, row), row);
        var materiel = Materiel(Field(ref rest, row), row);
        quantity = Quantity(Field(ref rest, row), row);
        // The evidence words come last, after the last separator, and may hold anything.
        return new ClaimListing(id, sourceId, subject, Claim.KnownRelation(relation), obj, place, certainty, phase, from, to, precision, text,
            materiel, rest.ToString());
    }

    /// <summary>The one reference for this id, name and kind: a hub's claims name the same few thousand entities.</summary>
    private EntityRef? Ref(ReadOnlySpan<char> id, ReadOnlySpan<char> name, ReadOnlySpan<char> kind, ReadOnlySpan<char> row)
    {
        if (id.IsEmpty) return null;
        var kindOf = Kinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(kind, out var k) ? k : throw Damaged("entity kind", row);
        var lookup = _refs.GetAlternateLookup<ReadOnlySpan<char>>();
        // Kept by id; a claim that names the entity otherwise gets its own reference.
        if (lookup.TryGetValue(id, out var known) && known.Kind == kindOf && name.SequenceEqual(known.Name)) return known;
        var r = new EntityRef(Shared(id)!, Shared(name)!, kindOf);
        if (known is null) _refs[r.Id] = r;
        return r;
    }

    private IReadOnlyList<EntityRef> Materiel(ReadOnlySpan<char> json, ReadOnlySpan<char> row)
    {
        if (json.IsEmpty || json.SequenceEqual("[]")) return [];
        var lookup = _materiel.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(json, out var known)) return known;
        try
        {
            var text = json.ToString();
            var list = EntenteJson.Deserialize<List<EntityRef>>(text) ?? throw Damaged("materiel", row);
            _materiel[text] = list;
            return list;
        }
        catch (JsonException)
        {
            throw Damaged("materiel", row);
        }
    }

    private static Quantity? Quantity(ReadOnlySpan<char> json, ReadOnlySpan<char> row)
    {
        if (json.IsEmpty) return null;
        try
        {
            return EntenteJson.Deserialize<Quantity>(json.ToString()) ?? throw Damaged("quantity", row);
        }
        catch (JsonException)
        {
            throw Damaged("quantity", row);
        }
    }
}
