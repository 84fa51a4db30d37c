namespace Entente.Extraction.Relations;

/// <summary>A trigger phrase of lexicons/triggers.tsv: the relation it signals and the frame that finds its arguments.</summary>
public sealed record TriggerEntry(string Phrase, string Relation, string Frame)
{
    public string RuleId => Relation + "." + Frame;
}
