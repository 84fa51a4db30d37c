using System.Text;
using Entente.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Entente.Cli.Tests.Fuzz;

/// <summary>
/// The valid files the fuzz suite mutates: one or two per reader and importer, small (a few kB, the head of each real
/// data file in ../shared/data) so thousands of cases run in seconds while every parser path is still reached.
/// </summary>
public static class FuzzSeeds
{
    /// <summary>A seed: what reads it (a reader by extension, or an import format), its extension and its bytes.</summary>
    public sealed record Seed(string Target, string Extension, byte[] Bytes, bool IsImport);

    public static IReadOnlyList<Seed> Load()
    {
        var corpus = Path.Combine(SharedData.RepoRoot, "samples", "corpus");
        return
        [
            Reader(".txt", Head(File.ReadAllBytes(Path.Combine(corpus, "09-iran-hamas-pij.txt")), 6000)),
            Reader(".md", Head(File.ReadAllBytes(Path.Combine(corpus, "01-russia-iran-shahed-drones.md")), 6000)),
            Reader(".html", Head(File.ReadAllBytes(Path.Combine(corpus, "15-russia-syria-bases.html")), 8000)),
            Reader(".pdf", Pdf()),
            Import("sipri", ".csv", Lines("data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv", 30)),
            Import("sipri", ".csv", Lines("data/sipri/transfers-format_2024-04-13_subset_Iran.csv", 30)),
            Import("gdelt", ".CSV", Lines("data/gdelt/20191024143000.export.CSV", 25)),
            Import("ftm", ".json", Lines("data/ftm/opensanctions-yente-fixtures/zala.entities.ftm.json", 25)),
            Import("ftm", ".json", Lines("data/ftm/opensanctions-zavod-run-khongdudinhdoikhongne/targets.nested.json", 5)),
            Import("stix", ".json", File.ReadAllBytes(SharedData.Require("data/stix21/oasis-examples/apt1.json"))[..12000].Concat("]}"u8.ToArray()).ToArray()),
            Import("atop", ".csv", Lines("data/alliances/atop/atop4_01-member-level.csv", 30)),
            Import("cow", ".csv", Lines("data/alliances/cow/alliance_v4.1_by_directed.from-dyadr-rda.csv", 30)),
            Import("acled", ".csv", Encoding.UTF8.GetBytes(Acled)),
            Import("csv", ".csv", Encoding.UTF8.GetBytes(ClaimsCsv)),
        ];
    }

    private static Seed Reader(string ext, byte[] bytes) => new("read" + ext, ext, bytes, false);

    private static Seed Import(string format, string ext, byte[] bytes) => new(format, ext, bytes, true);

    private static byte[] Head(byte[] bytes, int n) => bytes.Length <= n ? bytes : bytes[..n];

    /// <summary>The first lines of a shared data file, as bytes (SIPRI is Latin-1, so lines are cut on bytes, not text).</summary>
    private static byte[] Lines(string relative, int count)
    {
        var bytes = File.ReadAllBytes(SharedData.Require(relative));
        var end = 0;
        for (var seen = 0; end < bytes.Length && seen < count; end++) if (bytes[end] == (byte)'\n') seen++;
        return bytes[..end];
    }

    private static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.DocumentInformation.Title = "Shells for Russia";
        builder.AddPage(PageSize.A4).AddText("North Korea sent shells to Russia in 2023.", 12, new PdfPoint(40, 700), font);
        builder.AddPage(PageSize.A4).AddText("Russia denied it.", 12, new PdfPoint(40, 700), font);
        return builder.Build();
    }

    private const string Acled = """
        event_id_cnty,event_date,year,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,location,latitude,longitude,source,notes,fatalities
        SYR1,12 March 2023,2023,Battles,Armed clash,Military Forces of Syria (2000-),,1,Hayat Tahrir al-Sham,,2,Syria,Idlib,35.9,36.6,Example,"clash near Idlib, three killed",3
        SYR2,2023-03-13,2023,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,External/Other forces,Hayat Tahrir al-Sham,,Rebel group,Syria,Idlib,35.9,36.6,Example,air strike,0
        SYR3,14 March 2023,2023,Protests,Peaceful protest,Protesters (Syria),,6,,,0,Syria,Idlib,35.9,36.6,Example,protest,0

        """;

    private const string ClaimsCsv = """
        subject,relation,object,certainty,phase,from,to,materiel,place,evidence,source_title
        Iran,arms-transfer,Russia,likely,occurred,2022-08,2023,Shahed-136;Shahed-131,,"Iran sent ""Shahed"" drones, officials said",Notes
        Hezbollah,training,Some New Militia,alleged,,2019,,,,,

        """;
}
