using System.Xml;
using Entente.Interchange.Formats.Csv;
using Entente.Interchange.Formats.Graph;
using Entente.Interchange.Tests.Importing;
using Entente.TestSupport;

namespace Entente.Interchange.Tests.Exporting;

public sealed class GraphExportTests
{
    private const string Register = "data/sipri/trade-register_2026-05-18_subset_Iran-Russia-axis.csv";

    [Fact]
    public async Task GEXF_parses_and_every_edge_has_a_start_and_end_for_the_timeline()
    {
        var claims = (await Collect.FileAsync("sipri", SharedData.Require(Register))).Claims.Take(300).ToList();
        using var dir = new TempDir();
        await Export.ToFileAsync(new GexfExporter(), claims, dir.File("g.gexf"));

        var (nodes, edges, timed) = (0, 0, 0);
        string? mode = null;
        using (var r = XmlReader.Create(dir.File("g.gexf")))
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element) continue;
                if (r.LocalName == "graph") mode = r.GetAttribute("mode");
                if (r.LocalName == "node") nodes++;
                if (r.LocalName != "edge") continue;
                edges++;
                if (DateOnly.TryParse(r.GetAttribute("start"), out var s) && DateOnly.TryParse(r.GetAttribute("end"), out var e) && s <= e) timed++;
            }

        Assert.Equal("dynamic", mode);
        Assert.Equal(300, edges);
        Assert.Equal(300, timed);
        Assert.Equal(claims.SelectMany(c => new[] { c.Subject.Id, c.Object!.Id }).Distinct().Count(), nodes);
    }

    [Fact]
    public async Task GraphML_declares_typed_keys_and_carries_the_relation_on_each_edge()
    {
        var claims = (await Collect.FileAsync("sipri", SharedData.Require(Register))).Claims.Take(50).ToList();
        using var dir = new TempDir();
        await Export.ToFileAsync(new GraphMlExporter(), claims, dir.File("g.graphml"));

        var doc = new XmlDocument();
        doc.Load(dir.File("g.graphml"));
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("g", "http://graphml.graphdrawing.org/xmlns");

        Assert.Equal("int", doc.SelectSingleNode("//g:key[@id='confidence']/@attr.type", ns)!.Value);
        Assert.Equal(50, doc.SelectNodes("//g:edge", ns)!.Count);
        Assert.Equal(claims[0].Relation, doc.SelectSingleNode("//g:edge[1]/g:data[@key='relation']", ns)!.InnerText);
    }

    [Fact]
    public async Task Relations_group_claims_by_triple_with_counts_and_first_and_last_day()
    {
        var claims = (await Collect.FileAsync("sipri", SharedData.Require(Register))).Claims
            .Where(c => c.Subject.Id == "irn" && c.Object!.Id == "rus").ToList();
        using var dir = new TempDir();
        await Export.ToFileAsync(new RelationCsvExporter(), claims, dir.File("r.csv"));

        var rows = File.ReadAllLines(dir.File("r.csv"));
        var transfer = Assert.Single(rows, l => l.StartsWith("irn,Iran,arms-transfer,rus,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(claims.Count(c => c.Relation == "arms-transfer").ToString(System.Globalization.CultureInfo.InvariantCulture), transfer[5]);
        Assert.Equal(claims.Where(c => c.Relation == "arms-transfer").Min(c => c.Time!.From).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), transfer[7]);
    }
}
