using System.Text;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Importing;

/// <summary>
/// The four kinds of bad input the issue names, each made from a real sample (or a small hand-written file)
/// with one fault, and the "file:line:" its error must start with.
/// </summary>
public static class BadFiles
{
    public sealed record Case(string Format, string Path, string ErrorStart);

    public static readonly string[] Kinds = ["truncated", "columns", "encoding", "dangling"];

    public static async Task<Case> WriteAsync(string kind, TempDir dir)
    {
        var ct = TestContext.Current.CancellationToken;
        switch (kind)
        {
            case "truncated":
                // The last entity of an FTM file cut off halfway through its line, as by an interrupted download.
                var ftm = await File.ReadAllTextAsync(SharedData.Require("data/ftm/opensanctions-yente-fixtures/zala.entities.ftm.json"), ct);
                await File.WriteAllTextAsync(dir.File("cut.ftm.json"), ftm[..(ftm.TrimEnd().LastIndexOf('\n') + 200)], ct);
                return new("ftm", dir.File("cut.ftm.json"), "cut.ftm.json:91: not a JSON value (truncated?)");
            case "columns":
                var rows = File.ReadLines(SharedData.Require("data/gdelt/20191024143000.export.CSV")).Skip(1100).Take(10).ToList();
                rows[3] = string.Join('\t', rows[3].Split('\t').Take(40));
                await File.WriteAllLinesAsync(dir.File("short.tsv"), rows, ct);
                return new("gdelt", dir.File("short.tsv"), "short.tsv:4: expected 57, 58 or 61 TAB-separated columns");
            case "encoding":
                var csv = "subject,relation,object,from\nIran,arms-transfer,Russia,2022\nTürkiye,contact,Iran,2023\n";
                await File.WriteAllBytesAsync(dir.File("latin1.csv"), Encoding.Latin1.GetBytes(csv), ct);
                return new("csv", dir.File("latin1.csv"), "latin1.csv:3: bytes that are not utf-8");
            default:
                await File.WriteAllTextAsync(dir.File("dangling.json"), DanglingBundle, ct);
                return new("stix", dir.File("dangling.json"), "dangling.json:8: relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad: target_ref");
        }
    }

    // One good relationship (Iran supports Hezbollah, line 7) and one whose target is not in the bundle (line 8).
    private const string DanglingBundle = """
        {
          "type": "bundle",
          "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
          "objects": [
            {"type": "identity", "spec_version": "2.1", "id": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e", "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z", "name": "Iran", "identity_class": "organization"},
            {"type": "threat-actor", "spec_version": "2.1", "id": "threat-actor--1f2e3d4c-0000-4000-8000-000000000002", "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z", "name": "Hezbollah"},
            {"type": "relationship", "spec_version": "2.1", "id": "relationship--0b1c2d3e-0000-4000-8000-000000000003", "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z", "relationship_type": "support", "source_ref": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e", "target_ref": "threat-actor--1f2e3d4c-0000-4000-8000-000000000002"},
            {"type": "relationship", "spec_version": "2.1", "id": "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad", "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z", "relationship_type": "arms-transfer", "source_ref": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e", "target_ref": "identity--9a7f1b5e-0000-4000-8000-000000000001"}
          ]
        }
        """;
}
