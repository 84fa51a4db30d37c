using System.Text;

namespace Entente.Analysis.Briefing;

/// <summary>
/// A brief as Markdown. Text from sources and the knowledge base is escaped so that a renderer shows it as
/// written: no tag, link or emphasis in a source can become markup.
/// </summary>
public static class BriefMarkdown
{
    public static string Write(Brief b, string linkBase)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {E(BriefText.Title(b))}").AppendLine();
        sb.AppendLine("## Bottom line").AppendLine();
        sb.AppendLine($"{E(b.BottomLine.Text)} {Refs(b.BottomLine.Citations)}").AppendLine();
        sb.AppendLine($"Likelihood: **{b.Phrase}** (share {BriefText.Num(b.Probability)} of the competing hypotheses). Confidence: **{b.Confidence}** ({E(b.ConfidenceBasis)}).").AppendLine();
        Section(sb, "Key judgments", b.KeyJudgments);
        sb.AppendLine("## Competing hypotheses").AppendLine();
        sb.AppendLine("| rank | hypothesis | inconsistency | consistency | share |").AppendLine("|---|---|---|---|---|");
        foreach (var h in b.Ach.Ranking)
            sb.AppendLine($"| {h.Rank} | {E(h.Title)} | {BriefText.Num(h.Inconsistency)} | {BriefText.Num(h.Consistency)} | {BriefText.Num(h.Share)} |");
        sb.AppendLine().AppendLine($"Sensitivity: {E(b.Ach.Sensitivity.Text)}").AppendLine();
        Section(sb, "Contradicting evidence", b.Contradicting);
        Section(sb, "Gaps", b.Gaps);
        sb.AppendLine("## Claims by sphere and year").AppendLine();
        var (years, spheres, claims) = BriefText.Heat(b);
        if (years.Count == 0) sb.AppendLine("No dated claims.").AppendLine();
        else
        {
            sb.AppendLine("| sphere | " + string.Join(" | ", years) + " |");
            sb.AppendLine("|---|" + string.Concat(years.Select(_ => "---|")));
            foreach (var s in spheres)
                sb.AppendLine($"| {s} | " + string.Join(" | ", years.Select(y => claims.TryGetValue((s, y), out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")) + " |");
            sb.AppendLine();
        }
        sb.AppendLine("## Sources").AppendLine();
        foreach (var c in b.Citations)
            sb.AppendLine($"{c.Number}. {E(BriefText.Particulars(c))}: “{E(c.Quote)}” (characters {c.Start}–{c.End}{BriefText.Check(c)}) [in the source reader](<{BriefText.Link(linkBase, c)}>)");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<Judgment> items)
    {
        sb.AppendLine($"## {title}").AppendLine();
        if (items.Count == 0) sb.AppendLine("None.");
        foreach (var j in items) sb.AppendLine($"- **{E(j.Heading)}.** {E(j.Text)} {Refs(j.Citations)}");
        sb.AppendLine();
    }

    private static string Refs(IReadOnlyList<int> numbers) => string.Concat(numbers.Select(n => $"[{n}]"));

    /// <summary>
    /// Backslash before every character that can open markup inside a line in CommonMark and GitHub's tables
    /// (emphasis, code, links, HTML tags and entities, table cells, strike-through); line breaks become spaces, so
    /// no source text starts a line, where '#', '-' or '1.' would count.
    /// </summary>
    public static string E(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text.ReplaceLineEndings(" "))
        {
            if ("\\`*_[]<>&|~".Contains(ch)) sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
