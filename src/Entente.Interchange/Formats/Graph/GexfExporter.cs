using System.Globalization;
using System.Text;
using System.Xml;
using Entente.Core.Claims;
using Entente.Core.Entities;
using Entente.Core.Ontology;
using Entente.Interchange.Exporting;

namespace Entente.Interchange.Formats.Graph;

/// <summary>
/// GEXF 1.3 for Gephi: a dynamic directed graph, one edge per claim with start/end dates so Gephi's
/// timeline can play it, and typed attributes (relation, sphere, certainty, confidence). GEXF wants all
/// nodes before the edges, so edges are spooled to a temporary file while the nodes are collected.
/// </summary>
public sealed class GexfExporter : IExporter
{
    public async Task WriteAsync(IAsyncEnumerable<Claim> claims, ExportContext ctx, Stream output, CancellationToken ct = default)
    {
        var nodes = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        var spool = Path.GetTempFileName();
        try
        {
            await using (var edgeFile = File.Create(spool))
            await using (var e = XmlWriter.Create(edgeFile, Settings(fragment: true)))
            {
                await foreach (var c in claims.WithCancellation(ct))
                {
                    if (c.Object is null) continue;
                    nodes.TryAdd(c.Subject.Id, c.Subject);
                    nodes.TryAdd(c.Object.Id, c.Object);
                    WriteEdge(e, c);
                }
            }
            await using var w = XmlWriter.Create(output, Settings(fragment: false));
            w.WriteStartElement("gexf", "http://gexf.net/1.3");
            w.WriteAttributeString("version", "1.3");
            w.WriteStartElement("meta");
            w.WriteAttributeString("lastmodifieddate", ctx.Timestamp.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteElementString("creator", "entente");
            w.WriteEndElement();
            w.WriteStartElement("graph");
            w.WriteAttributeString("mode", "dynamic");
            w.WriteAttributeString("defaultedgetype", "directed");
            w.WriteAttributeString("timeformat", "date");
            Attributes(w, "node", ("kind", "string"));
            Attributes(w, "edge", ("relation", "string"), ("sphere", "string"), ("certainty", "string"), ("confidence", "integer"), ("source", "string"), ("verdict", "string"));
            w.WriteStartElement("nodes");
            foreach (var n in nodes.Values)
            {
                w.WriteStartElement("node");
                w.WriteAttributeString("id", n.Id);
                w.WriteAttributeString("label", n.Name);
                Values(w, ("kind", n.Kind.ToId()));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteStartElement("edges");
            using (var edges = new StreamReader(spool, Encoding.UTF8))
            {
                var buffer = new char[1 << 16];
                int read;
                while ((read = await edges.ReadAsync(buffer.AsMemory(), ct)) > 0) w.WriteRaw(buffer, 0, read);
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            await w.FlushAsync();
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private static XmlWriterSettings Settings(bool fragment) => new()
    {
        Async = true,
        Encoding = new UTF8Encoding(false),
        Indent = true,
        ConformanceLevel = fragment ? ConformanceLevel.Fragment : ConformanceLevel.Document,
        CloseOutput = false,
    };

    private static void WriteEdge(XmlWriter e, Claim c)
    {
        e.WriteStartElement("edge", "http://gexf.net/1.3");
        e.WriteAttributeString("id", c.Id);
        e.WriteAttributeString("source", c.Subject.Id);
        e.WriteAttributeString("target", c.Object!.Id);
        e.WriteAttributeString("label", c.Relation);
        if (c.Time is { } t)
        {
            e.WriteAttributeString("start", t.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            e.WriteAttributeString("end", t.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        Values(e, [("relation", c.Relation), ("sphere", c.Type.SphereId), ("certainty", c.Certainty.ToId()),
            ("confidence", c.Certainty.StixConfidence().ToString(CultureInfo.InvariantCulture)), ("source", c.SourceId),
            .. VerdictMark.IsRejected(c) ? [("verdict", VerdictMark.Rejected)] : Array.Empty<(string, string)>()]);
        e.WriteEndElement();
    }

    private static void Attributes(XmlWriter w, string forClass, params (string Id, string Type)[] attrs)
    {
        w.WriteStartElement("attributes");
        w.WriteAttributeString("class", forClass);
        w.WriteAttributeString("mode", "static");
        foreach (var (id, type) in attrs)
        {
            w.WriteStartElement("attribute");
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("title", id);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Values(XmlWriter w, params (string For, string Value)[] values)
    {
        w.WriteStartElement("attvalues");
        foreach (var (f, v) in values)
        {
            w.WriteStartElement("attvalue");
            w.WriteAttributeString("for", f);
            w.WriteAttributeString("value", v);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }
}
