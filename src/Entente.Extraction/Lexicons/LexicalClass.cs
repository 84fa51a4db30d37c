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
    private static readonly string[] Ids = Enum.GetValues<LexicalClass>().Select(Kebab).ToArray();

    public static IReadOnlyList<LexicalClass> All { get; } = Enum.GetValues<LexicalClass>();

    public static string ToId(this LexicalClass c) => Ids[(int)c];

    public static bool TryParse(string? id, out LexicalClass c)
    {
        var i = Array.IndexOf(Ids, id);
        c = i < 0 ? default : (LexicalClass)i;
        return i >= 0;
    }

    private static string Kebab(LexicalClass c) => KebabCase.Of(c.ToString());
}
