using Entente.Analysis.Hypotheses;

namespace Entente.Analysis.Briefing;

/// <summary>
/// The words of ICD 203 (Analytic Standards, 2015): its seven expressions of likelihood with their ranges, and the
/// three confidence levels, derived here from the evidence by the rules in docs/hypotheses.md.
/// </summary>
public static class Estimative
{
    /// <summary>Each phrase with the top of its probability range.</summary>
    public static readonly IReadOnlyList<(double UpTo, string Phrase)> Scale =
    [
        (0.05, "almost no chance"),
        (0.20, "very unlikely"),
        (0.45, "unlikely"),
        (0.55, "roughly even chance"),
        (0.80, "likely"),
        (0.95, "very likely"),
        (1.00, "almost certain"),
    ];

    public static string Phrase(double probability) => Scale.First(s => probability <= s.UpTo || s.UpTo >= 1.0).Phrase;

    /// <summary>
    /// High: at least three independent source groups, rows weighing 0.6 on average and a leader no three rows can
    /// unseat. Moderate: two groups and 0.4 on average. Low: anything less.
    /// </summary>
    public static (string Level, string Basis) Confidence(int independentSources, double meanWeight, AchSensitivity sensitivity)
    {
        var robust = sensitivity.Rows.Count == 0 || sensitivity.Rows.Count > AchSensitivityFinder.FewRows;
        var basis = $"{independentSources} independent source group{(independentSources == 1 ? "" : "s")}, mean evidence weight {meanWeight:0.00}, "
            + (robust ? "no few rows change the leading hypothesis" : $"{sensitivity.Rows.Count} row{(sensitivity.Rows.Count == 1 ? "" : "s")} could change the leading hypothesis");
        var level = independentSources >= 3 && meanWeight >= 0.6 && robust ? "high"
            : independentSources >= 2 && meanWeight >= 0.4 ? "moderate"
            : "low";
        return (level, basis);
    }
}
