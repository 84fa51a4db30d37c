using System.Globalization;
using Entente.Core.Claims;

namespace Entente.Interchange.Formats.Sipri;

/// <summary>Small readers for SIPRI cells: unit counts and the licensed-production remark in comments.</summary>
public static class SipriNumbers
{
    public static Quantity? Quantity(string? number)
    {
        var t = (number ?? "").Trim();
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? new Quantity(t, n, n, "units")
            : null;
    }

    /// <summary>SIPRI comments say "produced under licence", "production under licence", "assembled under licence".</summary>
    public static bool MentionsLicensedProduction(string comments) =>
        comments.Contains("under licence", StringComparison.OrdinalIgnoreCase) ||
        comments.Contains("under license", StringComparison.OrdinalIgnoreCase);
}
