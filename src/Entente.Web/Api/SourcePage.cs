namespace Entente.Web.Api;

/// <summary>
/// The part of a source's text one reader view sends: windows of <see cref="Size"/> characters on a fixed grid, so a
/// claim's window is found from its offset alone. A 1 MB text with its 80,000 mentions and 4,000 claims sent whole
/// was 28 MB of JSON, and the browser then wrapped every mention at once; an article fits in the first window, so for
/// it nothing changes.
/// </summary>
/// <param name="Start">The window's first character in the text the reader shows.</param>
/// <param name="End">One past its last character.</param>
/// <param name="Length">The length of the whole text.</param>
public readonly record struct SourcePage(int Start, int End, int Length)
{
    public const int Size = 50_000;

    /// <summary>The window that holds <paramref name="offset"/> (the last one for an offset past the end).</summary>
    public static SourcePage At(int offset, int length)
    {
        var last = length == 0 ? 0 : (length - 1) / Size * Size;
        var start = Math.Min(Math.Max(0, offset) / Size * Size, last);
        return new SourcePage(start, Math.Min(start + Size, length), length);
    }

    /// <summary>The window is the whole text: everything is sent as it was before texts were cut.</summary>
    public bool IsWhole => Start == 0 && End == Length;

    /// <summary>
    /// Whether a span belongs to this window: it overlaps it, or it has no place in the shown text (a claim whose
    /// evidence has no offset into the original file) and this is the first window.
    /// </summary>
    public bool Holds(int? start, int? end) =>
        IsWhole || (start is { } s && end is { } e ? s < End && e > Start : Start == 0);

    /// <summary>This window's part of <paramref name="text"/> (the normalized text is cut at the same offsets when the original is shown).</summary>
    public string Cut(string text) => IsWhole ? text : text[Math.Min(Start, text.Length)..Math.Min(End, text.Length)];
}
