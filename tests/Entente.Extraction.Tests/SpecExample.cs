using System.Globalization;

namespace Entente.Extraction.Tests;

/// <summary>
/// One example of a spec file: a ```text block and the ```claims block after it. Each claims line is
/// <c>subject relation object | key=value | …</c> with keys certainty, phase, time (YYYY..YYYY or ISO dates),
/// materiel (ids that must all be there), place, attributed (yes/no); the single line <c>none</c> expects no claims.
/// </summary>
public sealed record SpecExample(string File, int Line, string Text, IReadOnlyList<ExpectedClaim> Claims, DateOnly Published)
{
    public string Key => $"{File}:{Line}";

    public static IEnumerable<SpecExample> Parse(string file, string content)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        var published = new DateOnly(2024, 6, 30);
        string? text = null;
        var textLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i].Trim();
            if (l.StartsWith("<!-- published:", StringComparison.Ordinal))
                published = DateOnly.ParseExact(l["<!-- published:".Length..].Replace("-->", "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (l is not ("```text" or "```claims")) continue;
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```") end++;
            var body = lines[start..end];
            if (l == "```text")
            {
                text = string.Join('\n', body);
                textLine = i + 1;
            }
            else
            {
                if (text is null) throw new FormatException($"{file}:{i + 1}: a claims block without a text block before it");
                var claims = body.Select(b => b.Trim()).Where(b => b.Length > 0 && b != "none")
                    .Select((b, k) => ExpectedClaim.Parse(b, $"{file}:{start + k + 1}")).ToList();
                yield return new SpecExample(file, textLine, text, claims, published);
                text = null;
            }
            i = end;
        }
    }
}

public sealed record ExpectedClaim(string Subject, string Relation, string Object, IReadOnlyDictionary<string, string> Attributes, string Where)
{
    public static ExpectedClaim Parse(string line, string where)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        var triple = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (triple.Length != 3) throw new FormatException($"{where}: expected 'subject relation object', got '{parts[0]}'");
        var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in parts.Skip(1))
        {
            var eq = p.IndexOf('=');
            if (eq <= 0) throw new FormatException($"{where}: expected key=value, got '{p}'");
            attrs[p[..eq].Trim()] = p[(eq + 1)..].Trim();
        }
        return new ExpectedClaim(triple[0], triple[1], triple[2], attrs, where);
    }

    public override string ToString() => $"{Subject} {Relation} {Object}" + string.Concat(Attributes.Select(a => $" | {a.Key}={a.Value}"));
}
