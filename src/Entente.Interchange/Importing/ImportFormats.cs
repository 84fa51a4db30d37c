using Entente.Core.Sources;
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
        new("acled", "ACLED events", new AcledImporter(), "ACLED", Reliability.B,
            "researchers code each event from news and local partners under a published codebook; many events rest on one report"),
        new("atop", "ATOP alliances", new AtopImporter(), "ATOP project", Reliability.A,
            "an academic project codes each alliance from the text of the treaty itself"),
        new("cow", "COW formal alliances", new CowAllianceImporter(), "Correlates of War project", Reliability.A,
            "an academic project codes each alliance from the text of the treaty itself"),
        new("csv", "Claims CSV", new ClaimCsvImporter(), null, Reliability.F,
            "a claims file says nothing of where its claims came from"),
        new("ftm", "FollowTheMoney entities", new FtmImporter(), null, Reliability.F,
            "entity data is as good as whoever compiled it, which the file does not say"),
        new("gdelt", "GDELT events", new GdeltImporter(), "GDELT Project", Reliability.D,
            "software codes the events from news text unread by people; duplicates and miscoded events are common"),
        new("sipri", "SIPRI Arms Transfers Database", new SipriImporter(), "SIPRI", Reliability.B,
            "researchers compile transfers from open sources by a published method; volumes are their estimates"),
        new("stix", "STIX 2.1 bundle", new StixImporter(), null, Reliability.F,
            "a bundle is as good as the producer who shared it, whom the analyst must judge"),
    ];

    public static ImportFormat? Find(string name) =>
        All().FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
