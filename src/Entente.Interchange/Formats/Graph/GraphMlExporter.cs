using System.Globalization;
using System.Text;
using System.Xml;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Interchange.Exporting;

namespace Entente.Interchange.Formats.Graph;

/// <summary>
/// GraphML: keys declared with attr.type so tools read numbers as numbers; nodes are written the first
/// time a claim names them (GraphML lets nodes and edges interleave), one edge per claim.
/// </summary>
public sealed class GraphMlExporter : IExporter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("name", "node", "string"), ("kind", "node", "string"),
        ("relation", "edge", "string"), ("sphere", "edge", "string"), ("certainty", "edge", "string"),
        ("confidence", "edge", "int"), ("from", "edge", "string"), ("to", "edge", "string"),
        ("year_from", "edge", "int"), ("year_to", "edge", "int"), ("source", "edge", "string"), ("evidence", "edge", "string"),
        ("verdict", "edge", "string"),
    ];

    public async Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        await using var w = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        w.WriteStartElement("graphml", Ns);
        foreach (var (id, forWhat, type) in Keys)
        {
            w.WriteStartElement("key", Ns);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", forWhat);
            w.WriteAttributeString("attr.name", id);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("id", "entente");
        w.WriteAttributeString("edgedefault", "directed");
        await foreach (var c in claims.WithCancellation(ct))
        {
            if (c.Object is null) continue;
            foreach (var n in new[] { c.Subject, c.Object })
                if (written.Add(n.Id)) Node(w, n);
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", c.Id);
            w.WriteAttributeString("source", c.Subject.Id);
            w.WriteAttributeString("target", c.Object.Id);
            Data(w, "relation", c.Relation);
            Data(w, "sphere", c.Type.SphereId);
            Data(w, "certainty", c.Certainty.ToId());
            Data(w, "confidence", c.Certainty.StixConfidence().ToString(CultureInfo.InvariantCulture));
            if (c.Time is { } t)
            {
                Data(w, "from", t.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Data(w, "to", t.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Data(w, "year_from", t.From.Year.ToString(CultureInfo.InvariantCulture));
                Data(w, "year_to", t.To.Year.ToString(CultureInfo.InvariantCulture));
            }
            Data(w, "source", c.SourceId);
            Data(w, "evidence", c.Evidence.Text);
            if (VerdictMark.IsRejected(c)) Data(w, "verdict", VerdictMark.Rejected);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        await w.FlushAsync();
    }

    private static void Node(XmlWriter w, EntityRef n)
    {
        w.WriteStartElement("node", Ns);
        w.WriteAttributeString("id", n.Id);
        Data(w, "name", n.Name);
        Data(w, "kind", n.Kind.ToId());
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Ns);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
