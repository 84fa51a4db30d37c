namespace Entente.Extraction.Lexicons;

/// <summary>
/// What kind of act or stance a word names, whatever its wording: "shelled", "bombarded" and "strafed" are all
/// <see cref="Attack"/>. A closed set, so features and rules name a class, never a string; the table
/// lexical-classes.tsv (built from WordNet by `entente lexicon build`) says which words fall in each.
/// </summary>
public enum LexicalClass : byte
{
    Attack,
    Seize,
    Occupy,
    Sanction,
    Pressure,
    Supply,
    Receive,
    Fund,
    Train,
    Deploy,
    Host,
    Protect,
    Transport,
    Recruit,
    Produce,
    ShareInformation,
    Launch,
    Trade,
    Help,
    Agree,
    Meet,
    Visit,
    Cooperate,
    Oppose,
    Reduce,
    Deny,
    Say,
    HedgeBelief,
    Accuse,
    Request,
    Plan,
    Mediate,
}

/// <summary>The kebab-case ids the tables and seed files write for <see cref="LexicalClass"/>: "share-information".</summary>
public static class LexicalClassIds
{
    public static IReadOnlyList<LexicalClass> All => KebabIds<LexicalClass>.All;

    public static string ToId(this LexicalClass c) => KebabIds<LexicalClass>.At((int)c);

    public static bool TryParse(string? id, out LexicalClass c) => KebabIds<LexicalClass>.TryParse(id, out c);
}
