using Entente.Analysis.Graph;
using Entente.Core.Claims;
using Entente.Core.Sources;

namespace Entente.Analysis.Briefing;

/// <summary>Numbers citations in the order a brief first uses them; citing a claim again gives its first number.</summary>
internal sealed class CitationBook(ClaimGraph graph)
{
    private readonly Dictionary<string, Claim> _claims = graph.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Citation> _byClaim = new(StringComparer.Ordinal);
    private readonly List<Citation> _all = [];

    public IReadOnlyList<Citation> All => _all;

    /// <summary>The numbers of these claims' citations, skipping ids the snapshot does not hold.</summary>
    public IReadOnlyList<int> Cite(IEnumerable<string> claimIds) => claimIds.Select(Cite).OfType<int>().Distinct().ToList();

    public int? Cite(string claimId)
    {
        if (_byClaim.TryGetValue(claimId, out var known)) return known.Number;
        if (!_claims.TryGetValue(claimId, out var c)) return null;
        var s = graph.Source(c.SourceId);
        var citation = new Citation(_all.Count + 1, c.Id, c.SourceId, s?.Title, s?.Publisher, s?.Published, s?.Reliability ?? Reliability.F,
            // The evidence text is the file's own words where a map to the file was kept, so the offsets cited are the ones into that file;
            // a web page's words are the stored text's (the file is markup), so those are cited there.
            c.Evidence.Text, Quoted(s) ? c.Evidence.OriginalStart ?? c.Evidence.Start : c.Evidence.Start,
            Quoted(s) ? c.Evidence.OriginalEnd ?? c.Evidence.End : c.Evidence.End, ReaderLink(c));
        _byClaim[c.Id] = citation;
        _all.Add(citation);
        return citation.Number;
    }

    private static bool Quoted(Source? s) => s is not { OriginalIsMarkup: true };

    /// <summary>Where the workbench's source reader shows the claim's words highlighted, relative to the workbench's address.</summary>
    public static string ReaderLink(Claim c) => $"#/source?id={Uri.EscapeDataString(c.SourceId)}&claim={Uri.EscapeDataString(c.Id)}";
}
