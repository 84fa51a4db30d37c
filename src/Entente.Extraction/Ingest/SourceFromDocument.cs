using Entente.Core.Sources;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Ingest;

/// <summary>A rating an analyst gives the documents of one ingest run (`ingest --reliability B`).</summary>
public sealed record GivenRating(Reliability Reliability, string Analyst, string? Reason = null);

/// <summary>The source record a read document becomes: its id and hash, metadata, origin, normalized text and rating.</summary>
public static class SourceFromDocument
{
    /// <summary>The source of an extracted document, with the mentions extraction found, so the reader never extracts again.</summary>
    public static Source Create(Pipeline.ExtractionResult result, DateTimeOffset at, GivenRating? given = null) => Create(result.Document, at, given) with
    {
        Mentions = result.Mentions.OrderBy(m => m.Start).Select(m => MentionOf(result.Document, m)).ToList(),
    };

    private static SourceMention MentionOf(Document document, Pipeline.Mention m) => document.OriginalText is null
        ? new SourceMention(m.Start, m.End, m.Text, m.Entity)
        : new SourceMention(m.Start, m.End, m.Text, m.Entity) { OriginalStart = document.ToOriginalOffset(m.Start), OriginalEnd = document.ToOriginalOffset(m.End) };

    /// <param name="at">The moment of the ingest, when any rating it records was given.</param>
    /// <param name="given">The analyst's rating for the run, which beats the one a document gives itself.</param>
    public static Source Create(Document document, DateTimeOffset at, GivenRating? given = null)
    {
        var rating = RatingOf(document, at, given);
        return new()
        {
            Id = document.SourceId,
            ContentHash = document.ContentHash,
            Title = document.Metadata.Title ?? Path.GetFileNameWithoutExtension(document.Origin),
            Author = document.Metadata.Author,
            Publisher = document.Metadata.Publisher,
            Url = document.Metadata.Url,
            Published = document.Metadata.Published,
            Retrieved = DateOnly.FromDateTime(at.UtcDateTime),
            Reliability = rating?.Reliability ?? Reliability.F,
            Rating = rating,
            Kind = SourceKind.Article,
            Origin = document.Origin,
            Text = document.Text,
            // Kept only when it differs: a file normalization left alone would otherwise be stored twice.
            OriginalText = document.OriginalText == document.Text ? null : document.OriginalText,
        };
    }

    /// <summary>The rating the document arrives with: the analyst's for the run, else its own front matter or meta tag, else none.</summary>
    public static SourceRating? RatingOf(Document document, DateTimeOffset at, GivenRating? given) =>
        given is not null ? SourceRating.Create(RatingScope.Source, document.SourceId, given.Reliability, given.Analyst, at, given.Reason)
        : document.Metadata.Reliability is { } own ? SourceRating.Create(RatingScope.Source, document.SourceId, own, document.Metadata.ReliabilityFrom ?? "document", at)
        : null;
}
