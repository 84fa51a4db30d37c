using Entente.TestSupport;

namespace Entente.Training.Tests;

/// <summary>
/// A small WordNet database written for these tests in the wndb(5) format, with made-up synsets and glosses: just
/// enough troponyms, derived forms, sense orders and tag counts to exercise each rule of the builder.
/// </summary>
public sealed class MiniWordNet : IDisposable
{
    private readonly TempDir _dir = new();

    public string Directory => _dir.Path;

    // Verbs (lexicographer file 33 is verb.competition, 38 verb.motion; the builder only reads the number).
    public static readonly string[] DataVerb =
    [
        "  1 A made-up database for tests.  ",
        "00000100 33 v 01 attack 0 003 ~ 00000200 v 0000 ~ 00000210 v 0000 + 00000900 n 0101 | assault",
        "00000200 33 v 02 bombard 0 bomb 0 002 ~ 00000300 v 0000 + 00000910 n 0101 | drop bombs on",
        "00000210 33 v 02 storm 0 surprise 0 000 | attack suddenly",
        "00000300 33 v 01 shell 0 003 ~ 00000400 v 0000 + 00000920 n 0101 + 00000930 n 0101 | fire shells at",
        "00000400 33 v 01 crump 0 000 | shell heavily",
        "00000500 35 v 01 shell 1 000 | take off a husk",
        "00000600 38 v 01 lead 0 000 | guide somewhere",
        "00000601 42 v 01 lead 1 000 | result in",
        "00000602 42 v 01 lead 2 000 | be ahead",
        "00000603 41 v 01 lead 3 000 | be in charge",
        "00000610 38 v 01 lead 4 000 | carry goods ahead of others",
        "00000700 38 v 01 transport 0 002 ~ 00000610 v 0000 ~ 00000710 v 0000 | carry far",
        "00000710 38 v 01 ferry 0 000 | carry by boat",
        "00000800 37 v 01 surprise 1 000 | astonish",
        "00000900 41 v 01 occupy 0 000 | keep busy",
        "00000901 42 v 01 occupy 1 000 | fill",
        "00000902 42 v 01 occupy 2 000 | live in",
        "00000903 31 v 01 occupy 3 000 | worry",
        "00000950 33 v 01 occupy 4 000 | invade and hold",
    ];

    public static readonly string[] DataNoun =
    [
        "  1 A made-up database for tests.  ",
        "00000900 04 n 01 attack 0 001 + 00000100 v 0101 | an assault",
        "00000910 04 n 01 bombardment 0 001 + 00000200 v 0101 | a bombing",
        "00000920 04 n 01 shelling 0 001 + 00000300 v 0101 | a firing of shells",
        "00000930 06 n 01 shell 0 001 + 00000300 v 0101 | a projectile",
    ];

    public static readonly string[] IndexVerb =
    [
        "  1 A made-up database for tests.  ",
        "attack v 1 2 ~ + 1 1 00000100  ",
        "bomb v 1 1 ~ 1 1 00000200  ",
        "bombard v 1 2 ~ + 1 1 00000200  ",
        "crump v 1 0 1 0 00000400  ",
        "ferry v 1 0 1 1 00000710  ",
        "lead v 5 0 5 5 00000600 00000601 00000602 00000603 00000610  ",
        "occupy v 5 0 5 5 00000900 00000901 00000902 00000903 00000950  ",
        "shell v 2 2 ~ + 2 2 00000300 00000500  ",
        "storm v 1 0 1 0 00000210  ",
        "surprise v 2 0 2 1 00000800 00000210  ",
        "transport v 1 1 ~ 1 1 00000700  ",
    ];

    public static readonly string[] IndexNoun =
    [
        "  1 A made-up database for tests.  ",
        "attack n 1 1 + 1 1 00000900  ",
        "bombardment n 1 1 + 1 1 00000910  ",
        "shell n 1 1 + 1 1 00000930  ",
        "shelling n 1 1 + 1 1 00000920  ",
    ];

    public static readonly string[] VerbExceptions = ["ferried ferry", "bombt bomb"];

    public static readonly string[] NounExceptions = ["bombardmentae bombardment"];

    /// <summary>Seeds for the made-up database: attack two ways, transport, and occupy through its 5th sense.</summary>
    public const string Seeds = """
        # class	pos	lemma	sense	reach
        attack	verb	attack	1	1
        attack	verb	bombard	1	1
        transport	verb	transport	1	1
        occupy	verb	occupy	5	0
        """;

    public MiniWordNet()
    {
        Write("data.verb", DataVerb);
        Write("data.noun", DataNoun);
        Write("index.verb", IndexVerb);
        Write("index.noun", IndexNoun);
        Write("verb.exc", VerbExceptions);
        Write("noun.exc", NounExceptions);
    }

    public string PathOf(string file) => _dir.File(file);

    public void Write(string file, IEnumerable<string> lines) => File.WriteAllText(_dir.File(file), string.Join("\n", lines) + "\n");

    public void Dispose() => _dir.Dispose();
}
