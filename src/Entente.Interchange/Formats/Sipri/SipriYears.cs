using System.Globalization;
using Entente.Core.Time;

namespace Entente.Interchange.Formats.Sipri;

/// <summary>SIPRI years: a single order year, or delivery lists like "2022; 2023; 2024".</summary>
public static class SipriYears
{
    public static bool TryYear(string text, out int year) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is > 1900 and < 2200;

    /// <summary>The span from the first to the last year listed; null when the list is empty; false when a year is malformed.</summary>
    public static bool TryList(string text, out ClaimTime? time)
    {
        time = null;
        var years = new List<int>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryYear(part, out var y)) return false;
            years.Add(y);
        }
        if (years.Count == 0) return true;
        var (first, last) = (years.Min(), years.Max());
        time = first == last ? ClaimTime.Year(first, text.Trim()) : ClaimTime.Years(first, last, TimePrecision.Year, text.Trim());
        return true;
    }
}
