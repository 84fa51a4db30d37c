using System.Text.RegularExpressions;
using Entente.Core.Ontology;
using Entente.TestSupport;

namespace Entente.Core.Tests.Ontology;

/// <summary>
/// Relation ids live in the ontology data file only: code names a type through <see cref="RelationTypes"/>' members, so
/// a renamed or mistyped id cannot hide in a string. Every id of the file, quoted, is searched for in src/**/*.cs
/// (comment lines aside). A few English words that happen to spell an id stay in word lists until the lexicon work
/// moves them to data; each is allowed in its one file, a given number of times, so a new literal there still fails.
/// </summary>
public sealed class RelationIdLiteralTests
{
    private static readonly (string File, string Word, int Times, string Why)[] EnglishWords =
    [
        ("Entente.Extraction/Relations/Constructions/CompoundRule.cs", "alliance", 1, "the head noun of 'the Russia-Iran alliance'"),
        ("Entente.Extraction/Relations/Frames/PresenceFrame.cs", "presence", 1, "the frame's name, which triggers.tsv uses"),
        ("Entente.Extraction/Relations/Model/PairFeatures.cs", "presence", 1, "the presence frame's name in the feature layout"),
    ];

    [Fact]
    public void No_relation_id_is_spelled_as_a_string_in_the_source_outside_the_ontology_file()
    {
        var quoted = new Regex("\"(" + string.Join('|', RelationTypes.All.Select(t => Regex.Escape(t.Id))) + ")\"");
        var src = Path.Combine(SharedData.RepoRoot, "src");
        var found = new List<string>();
        var counts = new Dictionary<(string, string), int>();
        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(src, path).Replace('\\', '/');
            if (file.Split('/').Any(d => d is "obj" or "bin")) continue;
            var lines = File.ReadAllLines(path);
            for (var n = 0; n < lines.Length; n++)
            {
                if (lines[n].TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match m in quoted.Matches(lines[n]))
                {
                    var key = (file, m.Groups[1].Value);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    if (counts[key] > EnglishWords.Where(w => (w.File, w.Word) == key).Sum(w => w.Times))
                        found.Add($"src/{file}:{n + 1}: {m.Value} (use RelationTypes.{Pascal(m.Groups[1].Value)})");
                }
            }
        }
        Assert.True(found.Count == 0, "relation ids spelled in code:\n" + string.Join('\n', found));
    }

    /// <summary>An allowance nobody needs any more is removed, so the list only ever names real words in real files.</summary>
    [Fact]
    public void Every_allowed_english_word_is_still_where_the_list_says()
    {
        foreach (var (file, word, _, why) in EnglishWords)
        {
            var path = Path.Combine(SharedData.RepoRoot, "src", file);
            Assert.True(File.Exists(path) && File.ReadAllText(path).Contains($"\"{word}\"", StringComparison.Ordinal),
                $"src/{file} no longer has \"{word}\" ({why}): drop it from the allowed words");
        }
    }

    private static string Pascal(string id) => string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
