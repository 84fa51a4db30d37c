namespace Entente.Analysis.Briefing;

/// <summary>Checks each citation's quote against the stored text of its source, at the cited offsets.</summary>
public static class CitationCheck
{
    /// <param name="sourceText">A source id to its stored text, empty for a data set.</param>
    public static Brief Verify(Brief brief, IReadOnlyDictionary<string, string> sourceText) =>
        brief with { Citations = brief.Citations.Select(c => c with { Verified = Holds(c, sourceText.GetValueOrDefault(c.SourceId) ?? "") }).ToList() };

    private static bool? Holds(Citation c, string text) =>
        text.Length == 0 ? null
            : c.Start >= 0 && c.Start <= c.End && c.End <= text.Length && text.AsSpan(c.Start, c.End - c.Start).SequenceEqual(c.Quote);
}
