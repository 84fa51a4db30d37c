using System.Globalization;
using System.Text;

namespace Entente.Cli.Commands;

/// <summary>Line numbers written as runs: 3, 4, 5, 9 → "3-5,9".</summary>
internal static class LineRuns
{
    public static string Of(IEnumerable<int> lines)
    {
        var sb = new StringBuilder();
        int? start = null, last = null;
        foreach (var n in lines.Distinct().Order())
        {
            if (last is { } l && n == l + 1)
            {
                last = n;
                continue;
            }
            Flush();
            (start, last) = (n, n);
        }
        Flush();
        return sb.ToString();

        void Flush()
        {
            if (start is not { } s) return;
            if (sb.Length > 0) sb.Append(',');
            sb.Append(s.ToString(CultureInfo.InvariantCulture));
            if (last != s) sb.Append('-').Append(last!.Value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
