using Entente.Core.Time;

namespace Entente.Extraction.Time;

/// <summary>
/// What a document says about its own time: the anchor its relative words resolve against (the publication date,
/// else a dateline's full date), the lede (the sentence that reports its news event), and the dateline if it has one.
/// </summary>
public sealed record DocumentTime(DateOnly? Anchor, int LedeSentence, Dateline? Dateline)
{
    public static readonly DocumentTime Unknown = new(null, -1, null);

    /// <summary>
    /// The time of the report's own news event when the text gives it no other: the dateline's day, else the
    /// publication date; none without an anchor.
    /// </summary>
    public ClaimTime? NewsTime { get; } = NewsTimeOf(Anchor, Dateline);

    private static ClaimTime? NewsTimeOf(DateOnly? anchor, Dateline? dateline) => anchor is not { } a ? null
        : dateline?.DayNear(a) is { } day ? ClaimTime.Day(day, "dateline")
        : ClaimTime.Day(a, "publication date");
}
