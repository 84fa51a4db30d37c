using Entente.Core.Hashing;

namespace Entente.Core.Sources;

/// <summary>What a rating is about: one source, or every source from a publisher.</summary>
public enum RatingScope { Source, Publisher }

/// <summary>
/// An Admiralty reliability someone gave a source or a publisher, and when. Ratings are records: a new one
/// is added beside the old, and the latest for a target is the one in force (see <see cref="SourceRatings"/>).
/// </summary>
public sealed record SourceRating
{
    public required string Id { get; init; }
    public required RatingScope Scope { get; init; }

    /// <summary>A source id, or a publisher key as <see cref="PublisherKey.Of"/> makes it.</summary>
    public required string Target { get; init; }

    public required Reliability Reliability { get; init; }

    /// <summary>Who gave it: an analyst's name, "front matter" or "meta tag" for a document that rates itself, or an importer.</summary>
    public required string SetBy { get; init; }

    /// <summary>When it was given; the caller passes the time in (no clock reads in the domain).</summary>
    public required DateTimeOffset At { get; init; }

    public string? Reason { get; init; }

    /// <summary>A rating whose id digests what it says, who said it and when, so recording it twice stores it once.</summary>
    public static SourceRating Create(RatingScope scope, string target, Reliability reliability, string setBy, DateTimeOffset at, string? reason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(setBy);
        var key = scope == RatingScope.Publisher ? PublisherKey.Of(target) : target;
        return new SourceRating
        {
            Id = ContentHash.RecordId("r-", scope.ToString(), key, reliability.ToString(), setBy, ContentHash.Moment(at), reason),
            Scope = scope,
            Target = key,
            Reliability = reliability,
            SetBy = setBy,
            At = at,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
    }
}
