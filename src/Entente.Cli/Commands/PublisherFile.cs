using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>
/// A publisher table as a text file, one rating a line: <c>publisher | B | reason</c>. Blank lines and lines starting
/// with '#' are skipped. The whole file is checked before anything is stored, so a bad line stores nothing.
/// </summary>
public static class PublisherFile
{
    public sealed record Line(int Number, string Publisher, Reliability Reliability, string? Reason);

    /// <summary>The lines of the file, or the first problem as "FILE:LINE: what is wrong".</summary>
    public static (IReadOnlyList<Line> Lines, string? Error) Parse(string path, string text)
    {
        var lines = new List<Line>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('|', 3);
            if (parts.Length < 2) return ([], $"{path}:{number}: expected 'publisher | A-F | reason', got '{Short(line)}'");
            var publisher = parts[0].Trim();
            if (PublisherKey.Of(publisher).Length == 0) return ([], $"{path}:{number}: the publisher is empty");
            if (!Reliabilities.TryParse(parts[1], out var reliability)) return ([], $"{path}:{number}: {Reliabilities.Problem(parts[1].Trim())}");
            // Two ratings of one publisher in one file would leave the winner to the order of lines: say so instead.
            if (seen.TryGetValue(PublisherKey.Of(publisher), out var first))
                return ([], $"{path}:{number}: '{publisher}' is rated already on line {first}");
            seen[PublisherKey.Of(publisher)] = number;
            lines.Add(new Line(number, publisher, reliability, parts.Length > 2 && parts[2].Trim().Length > 0 ? parts[2].Trim() : null));
        }
        return (lines, null);
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
