using System.Globalization;
using Entente.Cli.Framework;
using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>
/// One stored source as `sources show` prints it: its metadata, how many claims cite it and how long its text is,
/// and the text itself (or the file as read) only when asked for (null otherwise, so JSON leaves it out rather than showing it empty).
/// </summary>
public sealed record SourceDetails(
    string Id,
    string Title,
    string? Author,
    string? Publisher,
    string? Url,
    DateOnly? Published,
    DateOnly? Retrieved,
    Reliability Reliability,
    SourceKind Kind,
    string? Origin,
    string ContentHash,
    long Claims,
    int TextLength,
    string? Text)
{
    /// <summary>The file as read (what evidence's original offsets point into), only when asked for; see <see cref="Source.OriginalText"/>.</summary>
    public string? OriginalText { get; init; }

    public static SourceDetails Of(Source s, long claims, bool withText) =>
        new(s.Id, s.Title, s.Author, s.Publisher, s.Url, s.Published, s.Retrieved, s.Reliability, s.Kind, s.Origin, s.ContentHash,
            claims, s.Text.Length, withText ? s.Text : null);

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The fields in print order; the text is not among them (the table prints it below, CSV as a last column).</summary>
    public static readonly IReadOnlyList<Column<SourceDetails>> Fields =
    [
        new("id", s => s.Id),
        new("title", s => s.Title),
        new("author", s => s.Author),
        new("publisher", s => s.Publisher),
        new("url", s => s.Url),
        new("published", s => Day(s.Published)),
        new("retrieved", s => Day(s.Retrieved)),
        new("reliability", s => s.Reliability.ToString()),
        new("kind", s => s.Kind.ToString().ToLowerInvariant()),
        new("origin", s => s.Origin),
        new("content_hash", s => s.ContentHash),
        new("claims", s => s.Claims.ToString(CultureInfo.InvariantCulture)),
        new("text_length", s => s.TextLength.ToString(CultureInfo.InvariantCulture)),
    ];
}
