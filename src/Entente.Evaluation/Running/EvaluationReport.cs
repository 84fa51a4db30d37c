namespace Entente.Evaluation;

/// <summary>The scores of a set of documents: each document's, their micro totals and the relation table over all.</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentScore> Documents, IReadOnlyList<string> AliasFiles)
{
    /// <summary>Counts summed over the documents, as score_set.py sums them.</summary>
    public ScoreCounts Totals { get; } = Documents.Aggregate(ScoreCounts.Zero, (sum, d) => sum + d.Counts);

    public IReadOnlyList<RelationScore> Relations { get; } = RelationTable.Sum(Documents.SelectMany(d => d.Relations));

    /// <summary>Gold certainty against predicted certainty over every certainty-scored gold claim.</summary>
    public CertaintyConfusion Certainties { get; } = CertaintyConfusion.Of(Documents.SelectMany(d => d.Hits));
}
