using Entente.Core.Entities;
using Entente.Interchange.Importing;
using Entente.Interchange.Text;

namespace Entente.Interchange.Formats.Alliances;

/// <summary>
/// Correlates of War state codes to ISO 3166 alpha-3, from our table Data/cow-country-codes.csv (built from
/// the COW state list; states that no longer exist, such as Bavaria or Austria-Hungary, have no ISO code
/// and become entities of their own for review). Read once; never changed.
/// </summary>
public static class CowCodes
{
    private static readonly Lazy<Dictionary<string, (string Iso3, string Name)>> Table = new(() => CodeTable.Load("cow-country-codes.csv"));

    /// <summary>The state a code names; a code missing from our table (ATOP uses a few of its own) becomes a state to review.</summary>
    public static Mention? State(string ccode)
    {
        if (!int.TryParse(ccode.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var code)) return null;
        if (!Table.Value.TryGetValue(code.ToString(System.Globalization.CultureInfo.InvariantCulture), out var row)) return new Mention($"COW state {code}", EntityKind.State);
        return row.Iso3.Length > 0 ? Mention.State(row.Name, row.Iso3) : new Mention(row.Name, EntityKind.State);
    }
}
