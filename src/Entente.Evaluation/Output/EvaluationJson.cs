using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Core.Claims;
using Entente.Core.Ontology;

namespace Entente.Evaluation;

/// <summary>
/// An evaluation as one JSON object: the totals, the relation table, and each document with its counts, hits,
/// misses, false positives, wrong certainties and wrong times (docs/gold-format.md shows it). Ratios are
/// rounded to three places as score_set.py rounds them; the counts they come from are given beside them.
/// </summary>
public static class EvaluationJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, EvaluationReport report, string goldFolder)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("gold_folder", goldFolder);
        w.WriteStartArray("alias_files");
        foreach (var f in report.AliasFiles) w.WriteStringValue(f);
        w.WriteEndArray();
        w.WriteStartObject("total");
        w.WriteNumber("documents", report.Documents.Count);
        WriteCounts(w, report.Totals);
        WriteCertainties(w, report.Certainties);
        w.WriteEndObject();
        w.WriteStartArray("relations");
        foreach (var r in report.Relations) WriteRelation(w, r);
        w.WriteEndArray();
        w.WriteStartArray("documents");
        foreach (var d in report.Documents) WriteDocument(w, d);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string ToJson(EvaluationReport report, string goldFolder)
    {
        using var ms = new MemoryStream();
        Write(ms, report, goldFolder);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteCounts(Utf8JsonWriter w, ScoreCounts c)
    {
        w.WriteNumber("gold", c.Gold);
        w.WriteNumber("predicted_triples", c.PredictedTriples);
        w.WriteNumber("tp", c.Tp);
        w.WriteNumber("fp", c.Fp);
        w.WriteNumber("fn", c.Fn);
        w.WriteNumber("precision", PythonNumbers.Round3(c.Precision));
        w.WriteNumber("recall", PythonNumbers.Round3(c.Recall));
        w.WriteNumber("f1", PythonNumbers.Round3(c.F1));
        w.WriteNumber("certainty_scored", c.CertaintyScored);
        w.WriteNumber("certainty_correct", c.CertaintyCorrect);
        WriteRatio(w, "certainty_accuracy", c.CertaintyAccuracy);
        w.WriteNumber("time_scored", c.TimeScored);
        w.WriteNumber("time_correct", c.TimeCorrect);
        WriteRatio(w, "time_accuracy", c.TimeAccuracy);
    }

    /// <summary>A row per gold certainty that was scored: how many, how many right, and what each was predicted as.</summary>
    private static void WriteCertainties(Utf8JsonWriter w, CertaintyConfusion confusion)
    {
        w.WriteStartArray("certainty_confusion");
        foreach (var gold in Enum.GetValues<Certainty>())
        {
            if (confusion.Scored(gold) == 0) continue;
            w.WriteStartObject();
            w.WriteString("gold", gold.ToId());
            w.WriteNumber("scored", confusion.Scored(gold));
            w.WriteNumber("right", confusion.Right(gold));
            w.WriteStartObject("predicted");
            foreach (var predicted in Enum.GetValues<Certainty>()) w.WriteNumber(predicted.ToId(), confusion[gold, predicted]);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRelation(Utf8JsonWriter w, RelationScore r)
    {
        w.WriteStartObject();
        w.WriteString("relation", r.Relation);
        w.WriteNumber("gold", r.Gold);
        w.WriteNumber("tp", r.Tp);
        w.WriteNumber("fp", r.Fp);
        w.WriteNumber("fn", r.Fn);
        w.WriteNumber("precision", PythonNumbers.Round3(r.Precision));
        w.WriteNumber("recall", PythonNumbers.Round3(r.Recall));
        w.WriteNumber("f1", PythonNumbers.Round3(r.F1));
        w.WriteEndObject();
    }

    /// <summary>What produced a triple's predictions: the relation model's best score for it and the rules that also
    /// found it, so that a threshold can be studied from the output (absent for rules-only runs).</summary>
    private static void WriteProducers(Utf8JsonWriter w, IReadOnlyList<Claim> predicted)
    {
        var scores = predicted.Where(c => c.Producer.Score is not null).Select(c => c.Producer.Score!.Value).ToList();
        if (scores.Count == 0) return;
        w.WriteNumber("model_score", scores.Max());
        WriteStrings(w, "model_rules", predicted.SelectMany(c => c.Producer.Rules).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentScore d)
    {
        w.WriteStartObject();
        w.WriteString("name", d.Name);
        WriteCounts(w, d.Counts);
        w.WriteStartArray("hits");
        foreach (var h in d.Hits)
        {
            w.WriteStartObject();
            WriteTriple(w, h.Triple);
            w.WriteNumber("predictions", h.Predicted.Count);
            WriteProducers(w, h.Predicted);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("misses");
        foreach (var m in d.Misses)
        {
            w.WriteStartObject();
            WriteTriple(w, m.Triple);
            WriteGoldEvidence(w, m.Gold[0], m.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("false_positives");
        foreach (var f in d.FalsePositives)
        {
            var first = f.Predicted[0];
            w.WriteStartObject();
            WriteTriple(w, f.Triple);
            w.WriteNumber("predictions", f.Predicted.Count);
            w.WriteString("rule", first.Producer.Name);
            WriteProducers(w, f.Predicted);
            w.WriteString("evidence", first.Evidence.Text);
            w.WriteString("sentence", f.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("wrong_certainty");
        foreach (var c in d.WrongCertainty)
        {
            w.WriteStartObject();
            WriteTriple(w, c.Triple);
            WriteStrings(w, "wanted", c.Wanted);
            WriteStrings(w, "got", c.Got);
            WriteGoldEvidence(w, c.Gold, c.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("wrong_time");
        foreach (var t in d.WrongTime)
        {
            w.WriteStartObject();
            WriteTriple(w, t.Triple);
            w.WriteStartArray("wanted");
            w.WriteNumberValue(t.Wanted.From);
            w.WriteNumberValue(t.Wanted.To);
            w.WriteEndArray();
            w.WriteStartArray("got");
            foreach (var (from, to) in t.Got)
            {
                w.WriteStartArray();
                WriteYear(w, from);
                WriteYear(w, to);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            WriteGoldEvidence(w, t.Gold, t.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTriple(Utf8JsonWriter w, GoldTriple t)
    {
        w.WriteString("subject", t.Subject);
        w.WriteString("relation", t.Relation);
        w.WriteString("object", t.Object);
    }

    private static void WriteGoldEvidence(Utf8JsonWriter w, GoldClaim g, string sentence)
    {
        w.WriteNumber("gold_line", g.Line);
        w.WriteString("evidence", g.Evidence);
        w.WriteString("sentence", sentence);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteRatio(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, PythonNumbers.Round3(v));
        else w.WriteNull(name);
    }

    private static void WriteYear(Utf8JsonWriter w, int? year)
    {
        if (year is { } y) w.WriteNumberValue(y);
        else w.WriteNullValue();
    }
}
