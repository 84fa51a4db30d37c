using System.Globalization;
using System.Runtime.CompilerServices;
using Entente.Core.Ontology;
using Entente.Core.Time;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Gdelt;

/// <summary>
/// GDELT event files (TAB-separated, no header, UTF-8): one claim per event between two actors of ours
/// whose CAMEO code fits a relation. Events are machine-coded from news, so claims are "reported" with
/// a low producer confidence. The action's country (a FIPS 10-4 code) is the claim's place, as a state
/// (the theater); the CAMEO code, Goldstein score, location and URL ride in Properties.
/// </summary>
public sealed class GdeltImporter : IImporter
{
    public async IAsyncEnumerable<ImportItem> ReadAsync(Stream input, ImportContext ctx, [EnumeratorCancellation] CancellationToken ct = default)
    {
        IAsyncEnumerable<TextLine> lines = LineReader.ReadAsync(input, LineReader.StrictUtf8, ct);
        await using var e = lines.GetAsyncEnumerator(ct);
        while (true)
        {
            TextLine line;
            string? encodingError = null;
            try
            {
                if (!await e.MoveNextAsync()) break;
                line = e.Current;
            }
            catch (EncodingProblem p)
            {
                encodingError = p.Message;
                line = new TextLine(p.Line, 0, "");
            }
            if (encodingError is not null)
            {
                yield return new RowError(line.Number, encodingError);
                yield break;
            }
            if (line.Text.Length == 0) continue;
            yield return Map(line, line.Text.Split('\t'));
        }
    }

    private static ImportItem Map(TextLine line, string[] f)
    {
        var layout = GdeltLayout.ForColumns(f.Length);
        if (layout is null) return new RowError(line.Number, $"expected 57, 58 or 61 TAB-separated columns (GDELT 1.0 historical, 1.0 daily, 2.0), found {f.Length}");
        if (!DateOnly.TryParseExact(f[GdeltLayout.Day], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new RowError(line.Number, $"SQLDATE '{f[GdeltLayout.Day]}' is not a YYYYMMDD date");
        var code = f[GdeltLayout.EventCode];
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            return new RowError(line.Number, $"event code '{code}' is not a CAMEO code");
        var relation = CameoRelations.RelationFor(code);
        if (relation is null) return new RowSkipped(line.Number, "unmapped CAMEO code");
        var a1 = Actor(f, GdeltLayout.Actor1, out var why1);
        var a2 = Actor(f, GdeltLayout.Actor2, out var why2);
        if (a1 is null || a2 is null) return new RowSkipped(line.Number, why1 ?? why2!);
        if (a1.Iso3 is not null && a1.Iso3 == a2.Iso3) return new RowSkipped(line.Number, "both actors are the same state");
        var reversed = CameoRelations.Reversed(code);
        var theater = FipsCodes.State(f[layout.Geo(2) + GdeltLayout.GeoCountry]);
        return new ClaimRow(line.Number)
        {
            Subject = reversed ? a2 : a1,
            Relation = relation,
            Object = reversed ? a1 : a2,
            Place = theater,
            Time = ClaimTime.Day(day, f[GdeltLayout.Day]),
            Certainty = Certainty.Reported,
            Confidence = 30,
            RowText = line.Text,
            Sentence = GdeltSentence.Of(f, layout, code, relation),
            Start = line.Offset,
            End = line.End,
            Properties = GdeltProperties.Of(f, layout, code),
        };
    }

    private static Importing.Mention? Actor(string[] f, int at, out string? why) =>
        CameoActors.Of(
            f[at + GdeltLayout.Code], f[at + GdeltLayout.ActorName], f[at + GdeltLayout.Country],
            [f[at + GdeltLayout.Type1], f[at + GdeltLayout.Type2], f[at + GdeltLayout.Type3]], out why);
}
