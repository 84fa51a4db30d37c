namespace Entente.Core.Sources;

/// <summary>
/// Which rating is in force for a source, decided when the source is read, so a new rating changes every
/// answer at once: the latest rating of the source itself; else the latest rating of its publisher (by name,
/// then by its address's host); else the reliability it was stored with (F, cannot be judged, unless a database
/// from before ratings were records says otherwise).
/// </summary>
public sealed class SourceRatings
{
    private readonly Dictionary<string, SourceRating> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceRating> _byPublisher = new(StringComparer.Ordinal);

    public SourceRatings(IEnumerable<SourceRating> ratings)
    {
        foreach (var r in ratings)
        {
            var table = r.Scope == RatingScope.Source ? _bySource : _byPublisher;
            if (!table.TryGetValue(r.Target, out var prior) || Later(r, prior)) table[r.Target] = r;
        }
    }

    /// <summary>The order ratings are given in: by time, then by id for two given at the same instant. The last one decides.</summary>
    public static bool Later(SourceRating x, SourceRating y) => x.At != y.At ? x.At > y.At : string.CompareOrdinal(x.Id, y.Id) > 0;

    /// <summary>The rating in force for the source, or null when nobody rated it or its publisher.</summary>
    public SourceRating? For(Source source)
    {
        if (_bySource.TryGetValue(source.Id, out var own)) return own;
        foreach (var key in PublisherKey.CandidatesFor(source))
            if (_byPublisher.TryGetValue(key, out var publisher)) return publisher;
        return null;
    }

    /// <summary>The latest rating per publisher, for listing the table.</summary>
    public IEnumerable<SourceRating> Publishers => _byPublisher.Values.OrderBy(r => r.Target, StringComparer.Ordinal);

    /// <summary>The source with the rating in force applied: its reliability and the record that set it.</summary>
    public Source Apply(Source source) => For(source) is { } r ? source with { Reliability = r.Reliability, Rating = r } : source;
}
