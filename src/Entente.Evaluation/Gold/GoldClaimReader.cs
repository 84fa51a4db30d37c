using System.Text.Json;
using Entente.Core.Ontology;

namespace Entente.Evaluation;

/// <summary>
/// Reads one claim object of a gold file, adding a problem for everything wrong with it (not only the first):
/// a missing s, r or o, a relation outside the ontology, an unknown certainty or phase, years that are not two
/// ordered whole numbers, evidence the text does not contain verbatim.
/// </summary>
internal sealed class GoldClaimReader(string file, JsonLines lines, string? text, List<GoldProblem> problems)
{
    private static readonly string CertaintyIds = string.Join(", ", Enum.GetValues<Certainty>().Select(c => c.ToId()));
    private static readonly string PhaseIds = string.Join(", ", Enum.GetValues<Phase>().Select(p => p.ToId()));

    public GoldClaim? Read(JsonElement claim, int index)
    {
        var before = problems.Count;
        if (claim.ValueKind != JsonValueKind.Object)
        {
            Problem(index, null, "is not an object");
            return null;
        }
        var subject = Key(claim, index, "s");
        var relation = Key(claim, index, "r");
        var obj = Key(claim, index, "o");
        if (relation is not null && !RelationTypes.IsKnown(relation))
            Problem(index, "r", $"relation '{relation}' is not in the ontology");
        var certainty = claim.TryGetProperty("cert", out var cert) ? CertaintyOf(cert, index, "cert") : Certainty.Asserted;
        var altCertainty = List(claim, index, "alt_cert", (e, i) => CertaintyOf(e, i, "alt_cert"));
        var alternatives = List(claim, index, "alt", AlternativeOf);
        var optional = Flag(claim, index, "optional");
        var years = Years(claim, index);
        var evidence = Evidence(claim, index, out var evidenceStart);
        var goldClaim = new GoldClaim
        {
            Subject = subject ?? "",
            Relation = relation ?? "",
            Object = obj ?? "",
            Certainty = certainty ?? Certainty.Asserted,
            AltCertainty = altCertainty.OfType<Certainty>().ToList(),
            Alternatives = alternatives.OfType<GoldTriple>().ToList(),
            Optional = optional,
            Years = years,
            Evidence = evidence ?? "",
            EvidenceStart = evidenceStart,
            Materiel = OptionalString(claim, index, "materiel"),
            Phase = PhaseOf(claim, index),
            Place = OptionalString(claim, index, "place"),
            SameTripleOk = Flag(claim, index, "same_triple_ok"),
            Line = lines.ClaimLine(index),
        };
        return problems.Count == before ? goldClaim : null;
    }

    private string? Key(JsonElement claim, int index, string name)
    {
        if (claim.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0)
            return value.GetString();
        Problem(index, claim.TryGetProperty(name, out _) ? name : null, $"missing {name} (a non-empty gold key)");
        return null;
    }

    private Certainty? CertaintyOf(JsonElement value, int index, string property)
    {
        // Exact ids only: score.py compares the strings, so "Asserted" would never match a prediction.
        if (value.ValueKind == JsonValueKind.String && CertaintyScales.TryParseCertainty(value.GetString(), out var c) && c.ToId() == value.GetString())
            return c;
        Problem(index, property, $"unknown certainty {Shown(value)} ({CertaintyIds})");
        return null;
    }

    private Phase PhaseOf(JsonElement claim, int index)
    {
        if (!claim.TryGetProperty("phase", out var value)) return Phase.Occurred;
        if (value.ValueKind == JsonValueKind.String && CertaintyScales.TryParsePhase(value.GetString(), out var p) && p.ToId() == value.GetString())
            return p;
        Problem(index, "phase", $"unknown phase {Shown(value)} ({PhaseIds})");
        return Phase.Occurred;
    }

    private GoldTriple? AlternativeOf(JsonElement value, int index)
    {
        var parts = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];
        if (parts.Count != 3 || parts.Any(p => p.ValueKind != JsonValueKind.String || p.GetString()!.Trim().Length == 0))
        {
            Problem(index, "alt", $"each alt is a triple [s, r, o] of non-empty strings, not {Shown(value)}");
            return null;
        }
        var triple = new GoldTriple(parts[0].GetString()!, parts[1].GetString()!, parts[2].GetString()!);
        if (!RelationTypes.IsKnown(triple.Relation)) Problem(index, "alt", $"alt relation '{triple.Relation}' is not in the ontology");
        return triple;
    }

    private List<T?> List<T>(JsonElement claim, int index, string name, Func<JsonElement, int, T?> item)
    {
        if (!claim.TryGetProperty(name, out var value)) return [];
        if (value.ValueKind == JsonValueKind.Array) return value.EnumerateArray().Select(e => item(e, index)).ToList();
        Problem(index, name, $"{name} must be a list, not {Shown(value)}");
        return [];
    }

    private (int From, int To)? Years(JsonElement claim, int index)
    {
        if (!claim.TryGetProperty("years", out var value)) return null;
        var parts = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];
        if (parts.Count == 2 && parts[0].TryGetInt32Number(out var from) && parts[1].TryGetInt32Number(out var to) && from <= to)
            return (from, to);
        Problem(index, "years", $"years must be two ordered whole numbers [from, to], not {Shown(value)}");
        return null;
    }

    private string? Evidence(JsonElement claim, int index, out int start)
    {
        start = -1;
        if (!claim.TryGetProperty("evidence", out var value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
        {
            Problem(index, claim.TryGetProperty("evidence", out _) ? "evidence" : null, "missing evidence (the words of the text that say the claim)");
            return null;
        }
        var evidence = value.GetString()!;
        if (text is null) return evidence;
        start = text.IndexOf(evidence, StringComparison.Ordinal);
        if (start < 0) Problem(index, "evidence", $"evidence is not in the text verbatim: \"{Clip(evidence)}\"");
        return evidence;
    }

    private bool Flag(JsonElement claim, int index, string name)
    {
        if (!claim.TryGetProperty(name, out var value)) return false;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Problem(index, name, $"{name} must be true or false, not {Shown(value)}");
        return false;
    }

    private string? OptionalString(JsonElement claim, int index, string name)
    {
        if (!claim.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        Problem(index, name, $"{name} must be a string, not {Shown(value)}");
        return null;
    }

    private void Problem(int index, string? property, string reason) =>
        problems.Add(new GoldProblem(file, property is null ? lines.ClaimLine(index) : lines.ClaimPropertyLine(index, property), $"claim {index + 1}: {reason}"));

    private static string Shown(JsonElement value) => Clip(value.GetRawText());

    private static string Clip(string s) => s.Length <= 80 ? s : s[..77] + "...";
}

internal static class JsonNumbers
{
    /// <summary>A JSON number written as a whole number that fits an int ("2022", not "2022.0" or "2e3").</summary>
    public static bool TryGetInt32Number(this JsonElement e, out int value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out value);
    }
}
