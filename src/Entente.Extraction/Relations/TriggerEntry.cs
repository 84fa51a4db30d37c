namespace Entente.Extraction.Relations;

/// <summary>A trigger phrase of lexicons/triggers.tsv: the relation it signals and the frame that finds its arguments.</summary>
public sealed record TriggerEntry(string Phrase, string Relation, string Frame)
{
    public string RuleId => Relation + "." + Frame;

    /// <summary>The phrase is a verb or a verb phrase: true for every frame but the noun frames (an act noun, a relation
    /// noun between two parties, a supplier in apposition, a presence, whose few verbs such as "entrenched in" read their
    /// arguments as the noun does).</summary>
    public bool IsVerb => Frame is not (Frames.NominalFrame.Name or "symmetric-noun" or "supplier" or Frames.PresenceFrame.Name);
}
