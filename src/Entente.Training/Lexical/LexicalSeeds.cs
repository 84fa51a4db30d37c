using System.Globalization;
using Entente.Extraction.Lexicons;

namespace Entente.Training.Lexical;

/// <summary>
/// One line of the seed file: a WordNet sense (lemma and sense number, counted as index.* orders senses, most
/// frequent first) that anchors a class, and how many troponym or hyponym levels below it the class reaches; or,
/// with <see cref="Excluded"/>, a sense kept out of the class together with everything below it.
/// </summary>
public sealed record LexicalSeed(LexicalClass Class, PartOfSpeech Pos, string Lemma, int Sense, int Reach, bool Excluded, int Line);

/// <summary>
/// The seed file (wordnet-seeds.tsv, embedded in this assembly): columns class, pos, lemma, sense, reach, where
/// reach is a number of levels or "exclude". '#' starts a comment.
/// </summary>
public static class LexicalSeeds
{
    public const string FileName = "wordnet-seeds.tsv";

    /// <summary>The seeds this assembly ships, and a name for them that error messages and the table header use.</summary>
    public static (string Name, string Text) Shipped()
    {
        var asm = typeof(LexicalSeeds).Assembly;
        using var stream = asm.GetManifestResourceStream("lexical/" + FileName)
            ?? throw new InvalidOperationException($"{FileName} is not embedded in {asm.GetName().Name}");
        using var reader = new StreamReader(stream);
        return ("src/Entente.Training/Lexical/" + FileName, reader.ReadToEnd());
    }

    public static IReadOnlyList<LexicalSeed> Parse(string text, string path)
    {
        var seeds = new List<LexicalSeed>();
        using var reader = new StringReader(text);
        IEnumerable<(int Line, string[] Columns)> rows;
        try
        {
            rows = LexiconFiles.Read(reader, path, 5);
        }
        catch (FormatException e)
        {
            throw new LexiconBuildException(e.Message);
        }
        foreach (var (line, cols) in rows)
        {
            Exception Bad(string reason) => LexiconBuildException.AtLine(path, line, reason);
            if (!LexicalClassIds.TryParse(cols[0], out var cls))
                throw Bad($"'{cols[0]}' is not a lexical class ({string.Join(", ", LexicalClassIds.All.Select(c => c.ToId()))})");
            if (!PartsOfSpeech.TryParse(cols[1], out var pos)) throw Bad($"'{cols[1]}' is not a part of speech (verb or noun)");
            if (!int.TryParse(cols[3], NumberStyles.None, CultureInfo.InvariantCulture, out var sense) || sense < 1)
                throw Bad($"sense '{cols[3]}' is not a sense number from 1");
            var excluded = cols[4] == "exclude";
            var reach = 0;
            if (!excluded && (!int.TryParse(cols[4], NumberStyles.None, CultureInfo.InvariantCulture, out reach) || reach > 9))
                throw Bad($"reach '{cols[4]}' is neither a number of levels from 0 to 9 nor 'exclude'");
            seeds.Add(new LexicalSeed(cls, pos, cols[2], sense, reach, excluded, line));
        }
        return seeds;
    }

    /// <summary>The synset a seed names; a lemma WordNet lacks, or a sense number past its last sense, fails at the seed's line.</summary>
    public static SynsetId Resolve(this LexicalSeed seed, WordNetDatabase wordNet, string path)
    {
        var senses = wordNet.Senses(seed.Pos, seed.Lemma);
        if (senses.Count == 0)
            throw LexiconBuildException.AtLine(path, seed.Line, $"WordNet has no {seed.Pos.ToId()} '{seed.Lemma}'");
        if (seed.Sense > senses.Count)
            throw LexiconBuildException.AtLine(path, seed.Line, $"the {seed.Pos.ToId()} '{seed.Lemma}' has {senses.Count} senses, not {seed.Sense}");
        return new SynsetId(seed.Pos, senses[seed.Sense - 1]);
    }
}
