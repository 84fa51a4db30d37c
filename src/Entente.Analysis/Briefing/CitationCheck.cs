namespace Entente.Analysis.Briefing;

/// <summary>Checks each citation's quote against the stored text of its source, at the cited offsets.</summary>
public static class CitationCheck
{
    /// <summary>
    /// The text a citation's offsets point into: the file as read when the source keeps it, else the stored text (the
    /// file's own when normalization changed nothing, or the rebuilt text of a format with no map to the file); the stored
    /// text for a web page, whose file is markup that evidence's words are not a slice of.
    /// </summary>
    public static string TextOf(Core.Sources.Source? source) =>
        source is null ? "" : source.OriginalIsMarkup ? source.Text : source.OriginalText ?? source.Text;

    /// <param name="sourceText">A source id to its stored text, empty for a data set.</param>
    public static Brief Verify(Brief brief, IReadOnlyDictionary<string, string> sourceText) =>
        brief with { Citations = brief.Citations.Select(c => c with { Verified = Holds(c, sourceText.GetValueOrDefault(c.SourceId) ?? "") }).ToList() };

    private static bool? Holds(Citation c, string text) =>
        text.Length == 0 ? null
            : c.Start >= 0 && c.Start <= c.End && c.End <= text.Length && text.AsSpan(c.Start, c.End - c.Start).SequenceEqual(c.Quote);
}
