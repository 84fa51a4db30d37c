namespace Entente.Embeddings;

/// <summary>Extraction's trigger lexicon read as (relation, trigger phrase) pairs: column one's forms, column two's relation.</summary>
public static class RelationTriggers
{
    public static List<(string Relation, string Phrase)> Read(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length >= 2)
            .SelectMany(columns => columns[0].Split('|').Select(phrase => (columns[1], phrase.Trim())))
            .Where(pair => pair.Item2.Length > 0)
            .Distinct()];
}

/// <summary>The WordNet-derived table (form → classes), to say for each word embeddings find whether WordNet had it.</summary>
public static class LexicalClassTable
{
    public static Dictionary<string, SortedSet<string>> Read(string path)
    {
        var table = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var columns in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            if (columns.Length < 4)
                continue;
            if (!table.TryGetValue(columns[0], out var classes))
                table[columns[0]] = classes = new SortedSet<string>(StringComparer.Ordinal);
            classes.Add(columns[3]);
        }
        return table;
    }
}
