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
/// prints (time text and precision, names and kinds of the parties and the place, materiel, the evidence words),
/// joined by the database into one string per row and split here, like <see cref="OutlineRow"/>. On SQLite two
/// indexes hold this string beside the subject and beside the object (migration 11), so a hub's listing is read
/// from a few contiguous index pages instead of one table page, and one JSON decode, per claim.
/// </summary>
internal sealed class ClaimLineRow
{
    // The unit separator, which no id, name, relation or date contains, and JSON escapes; the evidence words come last and may hold anything.
    private const char Separator = '\u001f';
    private const int Fields = 23;

    private static readonly FrozenDictionary<string, Certainty> Certainties = Enum.GetValues<Certainty>().ToFrozenDictionary(c => c.ToId());
    private static readonly FrozenDictionary<string, Phase> Phases = Enum.GetValues<Phase>().ToFrozenDictionary(p => p.ToId());
    private static readonly FrozenDictionary<string, EntityKind> Kinds = Enum.GetValues<EntityKind>().ToFrozenDictionary(k => k.ToId());
    private static readonly FrozenDictionary<string, TimePrecision> Precisions = Enum.GetValues<TimePrecision>().ToFrozenDictionary(ClaimTime.PrecisionId);
    private static readonly FrozenDictionary<string, ProducerKind> ProducerKinds = Enum.GetValues<ProducerKind>().ToFrozenDictionary(k => Ids.Of(k));

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
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
            $"COALESCE({jsonValue("materiel")}, '')", Text("evidence", "text"));
    }

    /// <summary>The SQLite rendering of <see cref="Expression"/>, which the migration's indexes and the query must spell alike.</summary>
    public static readonly string Sqlite = Expression(
        path => $"json_extract(json, '$.{string.Join('.', path)}')", key => $"json_extract(json, '$.{key}')", column => column);

    /// <summary>The claim id at the head of a row, to name a row that does not parse.</summary>
    public static string IdOf(string row) => row.IndexOf(Separator) is var end and >= 0 ? row[..end] : row;

    public Claim Parse(string row)
    {
        var f = row.Split(Separator, Fields);
        if (f.Length != Fields) throw Damaged("line", row);
        var certainty = Certainties.TryGetValue(f[6], out var c) ? c : throw Damaged("certainty", row);
        var phase = Phases.TryGetValue(f[7], out var p) ? p : throw Damaged("phase", row);
        ClaimTime? time = null;
        if (f[8].Length > 0)
        {
            var precision = Precisions.TryGetValue(f[13], out var pr) ? pr : throw Damaged("time precision", row);
            var parsed = ClaimTime.Create(Date(f[8], row), Date(f[9], row), precision, f[14]);
            time = parsed.Success ? parsed.Value : throw Damaged("time", row);
        }
        var sourceId = Shared(f[1])!;
        return new Claim
        {
            Id = f[0],
            SourceId = sourceId,
            Subject = Ref(f[2], f[15], f[16], row)!,
            Relation = Shared(f[3])!,
            Object = Ref(f[4], f[17], f[18], row),
            Place = Ref(f[5], f[19], f[20], row),
            Certainty = certainty,
            Phase = phase,
            Time = time,
            Materiel = Materiel(f[21], row),
            Evidence = new EvidenceSpan(sourceId, 0, 0, f[22]),
            Producer = new Producer(ProducerKinds.TryGetValue(f[10], out var k) ? k : throw Damaged("producer", row), Shared(f[11])!),
            Confidence = int.TryParse(f[12], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : throw Damaged("confidence", row),
        };
    }

    /// <summary>The one reference for this id, name and kind: a hub's claims name the same few thousand entities.</summary>
    private EntityRef? Ref(string id, string name, string kind, string row)
    {
        if (id.Length == 0) return null;
        var key = string.Concat(id, "\u001f", name, "\u001f", kind);
        if (_refs.TryGetValue(key, out var known)) return known;
        var r = new EntityRef(Shared(id)!, Shared(name)!, Kinds.TryGetValue(kind, out var k) ? k : throw Damaged("entity kind", row));
        _refs[key] = r;
        return r;
    }

    private IReadOnlyList<EntityRef> Materiel(string json, string row)
    {
        if (json.Length == 0 || json == "[]") return [];
        if (_materiel.TryGetValue(json, out var known)) return known;
        try
        {
            var list = EntenteJson.Deserialize<List<EntityRef>>(json) ?? throw Damaged("materiel", row);
            _materiel[json] = list;
            return list;
        }
        catch (JsonException)
        {
            throw Damaged("materiel", row);
        }
    }

    private string? Shared(string text)
    {
        if (text.Length == 0) return null;
        if (_names.TryGetValue(text, out var known)) return known;
        _names[text] = text;
        return text;
    }

    private static DateOnly Date(string s, string row) =>
        s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d : throw Damaged("date", row);

    private static StoreException Damaged(string what, string row) =>
        new($"an unreadable {what} in the claims table row '{row.Replace(Separator, '|')}'; it was written by a newer entente or damaged");
}
