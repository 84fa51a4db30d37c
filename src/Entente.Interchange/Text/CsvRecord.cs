using System.Runtime.CompilerServices;
using System.Text;

namespace Entente.Interchange.Text;

/// <summary>One CSV record: its fields, the line it starts on, its offsets and its raw text (quoted line breaks included).</summary>
public sealed record CsvRecord(int Line, int Offset, string Raw, IReadOnlyList<string> Fields, string? Problem = null)
{
    public int End => Offset + Raw.Length;
    public int Count => Fields.Count;
    public string this[int i] => Fields[i];
}

/// <summary>RFC 4180 records over <see cref="LineReader"/> lines: quoted fields may hold commas, doubled quotes and line breaks.</summary>
public static class CsvReader
{
    public static async IAsyncEnumerable<CsvRecord> ReadAsync(IAsyncEnumerable<TextLine> lines, char separator = ',', [EnumeratorCancellation] CancellationToken ct = default)
    {
        TextLine? first = null;
        var raw = new StringBuilder();
        await foreach (var line in lines.WithCancellation(ct))
        {
            if (first is null)
            {
                first = line;
                raw.Clear().Append(line.Text);
            }
            else raw.Append('\n').Append(line.Text);
            var text = raw.ToString();
            if (!Split(text, separator, out var fields)) continue;
            yield return new CsvRecord(first.Value.Number, first.Value.Offset, text, fields);
            first = null;
        }
        if (first is not null)
        {
            Split(raw.ToString(), separator, out var partial);
            yield return new CsvRecord(first.Value.Number, first.Value.Offset, raw.ToString(), partial, "the file ends inside a quoted field (truncated?)");
        }
    }

    /// <summary>Splits one record; false when a quoted field is still open at the end of the text.</summary>
    public static bool Split(string text, char separator, out List<string> fields)
    {
        fields = [];
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else quoted = false;
            }
            else if (ch == '"' && field.Length == 0) quoted = true;
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(ch);
        }
        fields.Add(field.ToString());
        return !quoted;
    }
}
