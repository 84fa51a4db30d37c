using System.Net;
using System.Text;

namespace Entente.Analysis.Briefing;

/// <summary>
/// A brief as one self-contained HTML page with no script. Every piece of text is HTML-encoded, so a source that
/// contains markup shows it as text.
/// </summary>
public static class BriefHtml
{
    public static string Write(Brief b, string linkBase)
    {
        var sb = new StringBuilder();
        sb.AppendLine("<!doctype html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.AppendLine($"<title>{E(BriefText.Title(b))}</title>");
        sb.AppendLine("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}td.n{text-align:right}sup a{text-decoration:none}.warn{color:#a00}</style>");
        sb.AppendLine("</head><body>");
        sb.AppendLine($"<h1>{E(BriefText.Title(b))}</h1>");
        sb.AppendLine("<h2>Bottom line</h2>");
        sb.AppendLine($"<p class=\"bottom-line\">{E(b.BottomLine.Text)} {Refs(b.BottomLine.Citations)}</p>");
        sb.AppendLine($"<p>Likelihood: <strong>{E(b.Phrase)}</strong> (share {BriefText.Num(b.Probability)} of the competing hypotheses). Confidence: <strong>{E(b.Confidence)}</strong> ({E(b.ConfidenceBasis)}).</p>");
        Section(sb, "Key judgments", b.KeyJudgments);
        sb.AppendLine("<h2>Competing hypotheses</h2>");
        sb.AppendLine("<table><thead><tr><th>rank</th><th>hypothesis</th><th>inconsistency</th><th>consistency</th><th>share</th></tr></thead><tbody>");
        foreach (var h in b.Ach.Ranking)
            sb.AppendLine($"<tr><td class=\"n\">{h.Rank}</td><td>{E(h.Title)}</td><td class=\"n\">{BriefText.Num(h.Inconsistency)}</td><td class=\"n\">{BriefText.Num(h.Consistency)}</td><td class=\"n\">{BriefText.Num(h.Share)}</td></tr>");
        sb.AppendLine("</tbody></table>");
        sb.AppendLine($"<p>Sensitivity: {E(b.Ach.Sensitivity.Text)}</p>");
        Section(sb, "Contradicting evidence", b.Contradicting);
        Section(sb, "Gaps", b.Gaps);
        sb.AppendLine("<h2>Claims by sphere and year</h2>");
        var (years, spheres, claims) = BriefText.Heat(b);
        if (years.Count == 0) sb.AppendLine("<p>No dated claims.</p>");
        else
        {
            sb.Append("<table class=\"heat\"><thead><tr><th>sphere</th>").Append(string.Concat(years.Select(y => $"<th>{y}</th>"))).AppendLine("</tr></thead><tbody>");
            foreach (var s in spheres)
                sb.Append($"<tr><th>{E(s)}</th>").Append(string.Concat(years.Select(y => $"<td class=\"n\">{(claims.TryGetValue((s, y), out var n) ? n : "")}</td>"))).AppendLine("</tr>");
            sb.AppendLine("</tbody></table>");
        }
        sb.AppendLine("<h2>Sources</h2><ol class=\"citations\">");
        foreach (var c in b.Citations)
            sb.AppendLine($"<li id=\"c{c.Number}\">{E(BriefText.Particulars(c))}: “<q>{E(c.Quote)}</q>” (characters {c.Start}–{c.End}<span class=\"warn\">{E(BriefText.Check(c))}</span>) "
                + $"<a href=\"{E(BriefText.Link(linkBase, c))}\">in the source reader</a></li>");
        sb.AppendLine("</ol></body></html>");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<Judgment> items)
    {
        sb.AppendLine($"<h2>{E(title)}</h2>");
        if (items.Count == 0)
        {
            sb.AppendLine("<p>None.</p>");
            return;
        }
        sb.AppendLine("<ul>");
        foreach (var j in items) sb.AppendLine($"<li><strong>{E(j.Heading)}.</strong> {E(j.Text)} {Refs(j.Citations)}</li>");
        sb.AppendLine("</ul>");
    }

    private static string Refs(IReadOnlyList<int> numbers) => string.Concat(numbers.Select(n => $"<sup><a href=\"#c{n}\">[{n}]</a></sup>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
