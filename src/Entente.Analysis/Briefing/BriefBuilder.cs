using Entente.Analysis.Graph;
using Entente.Analysis.Hypotheses;
using Entente.Analysis.Profile;
using Entente.Analysis.Relations;
using Entente.Core.Hypotheses;
using Entente.Core.Ontology;

namespace Entente.Analysis.Briefing;

/// <summary>
/// Writes the sourced assessment of a pair from its profile and hypothesis matrix. Every statement carries the
/// citations it rests on; a statement with nothing to cite is left out. The rules are in docs/hypotheses.md.
/// </summary>
public static class BriefBuilder
{
    /// <summary>A sphere whose last claim is more than this many years before the latest claim about the pair is a gap.</summary>
    public const int StaleYears = 2;

    /// <summary>Rows cited for the bottom line: the heaviest evidence consistent with the leading hypothesis.</summary>
    public const int BottomLineRows = 3;

    public static Brief Build(GraphSnapshot snapshot, string a, string b, IReadOnlyList<Hypothesis> hypotheses, IEnumerable<CellOverride> overrides, DateOnly? asOf)
    {
        var g = snapshot.Graph;
        var profile = snapshot.Profile(a, b);
        var affirmed = g.Between(a, b, AnalysisFilter.None).Where(x => AnalysisFilter.IsAffirmative(x.Claim.Certainty)).Select(x => x.Claim).ToList();
        if (affirmed.Count == 0)
            throw new BriefException($"no affirmed claims between {profile.A.Name} and {profile.B.Name}{(asOf is null ? "" : $" as known on {asOf:yyyy-MM-dd}")}: a brief would have nothing to cite");
        var ach = AchAnalysis.Run(profile, hypotheses, overrides);
        var book = new CitationBook(g);
        var (leader, second) = (ach.Ranking[0], ach.Ranking[1]);
        var leaderAt = ach.Rows.Count == 0 ? 0 : ach.Rows[0].Cells.ToList().FindIndex(c => c.Hypothesis == leader.Id);

        var supporting = ach.Rows.Where(r => r.Cells[leaderAt].Value == Consistency.Consistent && r.Evidence.TopEvidence is not null)
            .OrderByDescending(r => r.Evidence.Weight).ThenBy(r => r.Evidence.Key, StringComparer.Ordinal).Take(BottomLineRows).ToList();
        var independent = IndependentSources.Group(affirmed, g).Values.Distinct().Count();
        var meanWeight = ach.Rows.Count == 0 ? 0 : ach.Rows.Average(r => r.Evidence.Weight);
        var (level, basis) = Estimative.Confidence(independent, meanWeight, ach.Sensitivity);
        var phrase = Estimative.Phrase(leader.Share);
        // The bottom line cites first, so its citations are [1], [2], …
        var bottomCitations = book.Cite(supporting.Select(r => r.Evidence.TopEvidence!.ClaimId));
        var bottom = new Judgment("Bottom line",
            $"It is {phrase} that {profile.A.Name} and {profile.B.Name} are in a {Lower(leader.Title)} rather than a {Lower(second.Title)}, "
            + $"with {level} confidence. The evidence most consistent with it: {string.Join("; ", supporting.Select(r => r.Evidence.Label))}.",
            bottomCitations);

        return new Brief
        {
            A = profile.A,
            B = profile.B,
            AsOf = asOf,
            BottomLine = bottom,
            Phrase = phrase,
            Probability = leader.Share,
            Confidence = level,
            ConfidenceBasis = basis,
            KeyJudgments = KeyJudgments(profile, book),
            Ach = ach,
            Contradicting = Contradicting(g, a, b, ach, leaderAt, leader.Title, book),
            Gaps = Gaps(profile, affirmed, g, book),
            HeatMap = profile.Matrix,
            Citations = book.All,
        };
    }

    private static string Lower(string title) => title.Length == 0 ? title : char.ToLowerInvariant(title[0]) + title[1..];

    /// <summary>One judgment per cooperative sphere with affirmed relations, naming each relation with its rating.</summary>
    private static List<Judgment> KeyJudgments(AllianceProfile p, CitationBook book) =>
        p.Relations.Where(r => r.Affirmed && AllianceProfiler.Cooperative(r.Sphere))
            .GroupBy(r => r.Sphere).OrderBy(s => s.Key)
            .Select(s =>
            {
                var relations = s.OrderByDescending(r => r.Confidence).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
                var text = $"{relations.Sum(r => r.Claims - r.Denials)} claims in {relations.Count} relation{(relations.Count == 1 ? "" : "s")}: "
                    + string.Join("; ", relations.Select(r => $"{r.Subject.Name} {r.Type.Replace('-', ' ')} {r.Object.Name}{Span(r)} ({r.Admiralty}, confidence {r.Confidence})"));
                return new Judgment(s.Key.ToString(), text, book.Cite(relations.Select(r => r.TopEvidence.ClaimId)));
            }).ToList();

    private static string Span(Relation r) =>
        r.First is null ? "" : r.First.Value.Year == r.Last!.Value.Year ? $", {r.First.Value.Year}" : $", {r.First.Value.Year}–{r.Last.Value.Year}";

    /// <summary>Denials between the pair, then the rows that count against the leading hypothesis.</summary>
    private static List<Judgment> Contradicting(ClaimGraph g, string a, string b, AchResult ach, int leaderAt, string leader, CitationBook book)
    {
        var list = g.Between(a, b, AnalysisFilter.None).Where(x => !AnalysisFilter.IsAffirmative(x.Claim.Certainty))
            .OrderBy(x => x.Claim.Id, StringComparer.Ordinal)
            .Select(x => new Judgment("Denial", $"{x.Claim.Certainty.ToId()}: {g.Entities.Ref(x.Subject).Name} {x.Claim.Relation.Replace('-', ' ')} {(x.Object is null ? "" : g.Entities.Ref(x.Object).Name)}".TrimEnd(),
                book.Cite([x.Claim.Id])))
            .ToList();
        list.AddRange(ach.Rows.Where(r => r.Cells[leaderAt].Value == Consistency.Inconsistent && r.Evidence.TopEvidence is not null)
            .Select(r => new Judgment("Against the leading hypothesis", $"{r.Evidence.Label} — inconsistent with \"{leader}\" ({r.Cells[leaderAt].Basis})",
                book.Cite([r.Evidence.TopEvidence!.ClaimId]))));
        return list.Where(j => j.Citations.Count > 0).ToList();
    }

    /// <summary>
    /// Cooperative spheres that fell silent (no claim in the last <see cref="StaleYears"/> years of the pair's reporting,
    /// citing the last claim), and spheres resting on one independent source (citing it).
    /// </summary>
    private static List<Judgment> Gaps(AllianceProfile p, IReadOnlyList<Core.Claims.Claim> affirmed, ClaimGraph g, CitationBook book)
    {
        var gaps = new List<Judgment>();
        var dated = affirmed.Where(c => c.Time is not null).ToList();
        if (dated.Count == 0) return gaps;
        var latest = dated.Max(c => c.Time!.To.Year);
        foreach (var sphere in affirmed.Where(c => AllianceProfiler.Cooperative(c.Type.Sphere)).GroupBy(c => c.Type.Sphere).OrderBy(s => s.Key))
        {
            var last = sphere.Where(c => c.Time is not null).MaxBy(c => (c.Time!.To, c.Id));
            if (last is not null && last.Time!.To.Year < latest - StaleYears)
                gaps.Add(new Judgment("Gap", $"No {sphere.Key.ToString().ToLowerInvariant()} claims after {last.Time.To.Year}, while reporting on the pair runs to {latest}.", book.Cite([last.Id])));
            var groups = IndependentSources.Group(sphere.ToList(), g).Values.Distinct().Count();
            if (groups == 1)
            {
                var only = sphere.OrderBy(c => c.Id, StringComparer.Ordinal).First();
                gaps.Add(new Judgment("Gap", $"The {sphere.Key.ToString().ToLowerInvariant()} evidence rests on one independent source: {g.Source(only.SourceId)?.Title ?? only.SourceId}.", book.Cite([only.Id])));
            }
        }
        return gaps;
    }
}
