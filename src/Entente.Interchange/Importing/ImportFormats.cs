using Entente.Interchange.Formats.Acled;
using Entente.Interchange.Formats.Alliances;
using Entente.Interchange.Formats.Csv;
using Entente.Interchange.Formats.Ftm;
using Entente.Interchange.Formats.Gdelt;
using Entente.Interchange.Formats.Sipri;
using Entente.Interchange.Formats.Stix;

namespace Entente.Interchange.Importing;

/// <summary>The import formats by their command-line names.</summary>
public static class ImportFormats
{
    public static IReadOnlyList<ImportFormat> All() =>
    [
        new("acled", "ACLED events", new AcledImporter()),
        new("atop", "ATOP alliances", new AtopImporter()),
        new("cow", "COW formal alliances", new CowAllianceImporter()),
        new("csv", "Claims CSV", new ClaimCsvImporter()),
        new("ftm", "FollowTheMoney entities", new FtmImporter()),
        new("gdelt", "GDELT events", new GdeltImporter()),
        new("sipri", "SIPRI Arms Transfers Database", new SipriImporter()),
        new("stix", "STIX 2.1 bundle", new StixImporter()),
    ];

    public static ImportFormat? Find(string name) =>
        All().FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
