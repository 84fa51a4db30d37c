namespace Entente.Interchange.Formats.Csv;

/// <summary>
/// One CSV cell as every exporter writes it: quoted as RFC 4180 asks, and made inert for spreadsheets. A cell that
/// starts with = + - @ TAB or CR is a formula to Excel, LibreOffice and Sheets (evidence quoting "=HYPERLINK(…)"
/// would run), so it gets a leading apostrophe, as OWASP's CSV-injection advice says. A cell that already starts with
/// apostrophes before such a character gets one more, so <see cref="Restore"/> gives back exactly what was written.
/// </summary>
public static class CsvCell
{
    public static string Of(string? value)
    {
        value ??= "";
        if (IsFormulaLike(value)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>A cell's value as it was before <see cref="Of"/> made it inert (for re-importing an export).</summary>
    public static string Restore(string cell) => cell.StartsWith('\'') && IsFormulaLike(cell[1..]) ? cell[1..] : cell;

    /// <summary>Whether a spreadsheet would read the value as a formula, looking past any leading apostrophes this class added.</summary>
    private static bool IsFormulaLike(string value)
    {
        var first = value.AsSpan().IndexOfAnyExcept('\'');
        return first >= 0 && value[first] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
