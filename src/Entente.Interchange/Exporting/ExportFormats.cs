using Entente.Interchange.Formats.Csv;
using Entente.Interchange.Formats.Ftm;
using Entente.Interchange.Formats.Graph;
using Entente.Interchange.Formats.Stix;

namespace Entente.Interchange.Exporting;

/// <summary>A named export format and its writer.</summary>
public sealed record ExportFormat(string Name, string Description, IExporter Exporter);

/// <summary>The export formats by their command-line names.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All() =>
    [
        new("csv", "claims as CSV (re-importable with 'import csv')", new ClaimCsvExporter()),
        new("json", "claims as a JSON array", new ClaimJsonExporter()),
        new("relations-csv", "claims grouped by subject, relation and object, as CSV", new RelationCsvExporter()),
        new("relations-json", "claims grouped by subject, relation and object, as JSON", new RelationJsonExporter()),
        new("stix", "a STIX 2.1 bundle", new StixExporter()),
        new("gexf", "GEXF 1.3 with time intervals, for Gephi", new GexfExporter()),
        new("graphml", "GraphML with typed attributes", new GraphMlExporter()),
        new("ftm", "FollowTheMoney JSON lines", new FtmExporter()),
    ];

    public static ExportFormat? Find(string name) =>
        All().FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
