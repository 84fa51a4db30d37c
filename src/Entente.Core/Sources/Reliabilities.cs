namespace Entente.Core.Sources;

/// <summary>Reading an Admiralty reliability letter, the one rule every input (options, front matter, meta tags, files) uses.</summary>
public static class Reliabilities
{
    /// <summary>One letter A to F, either case, surrounding spaces ignored.</summary>
    public static bool TryParse(string? text, out Reliability reliability)
    {
        reliability = Reliability.F;
        var t = text?.Trim() ?? "";
        if (t.Length != 1) return false;
        var c = char.ToUpperInvariant(t[0]);
        if (c is < 'A' or > 'F') return false;
        reliability = (Reliability)(c - 'A');
        return true;
    }

    /// <summary>The message every input gives for a letter it cannot read.</summary>
    public static string Problem(string? text) =>
        $"'{text}' is not a source reliability: use one letter from A (completely reliable) to F (cannot be judged)";
}
