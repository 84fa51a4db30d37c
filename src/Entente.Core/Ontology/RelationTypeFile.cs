using System.Text.RegularExpressions;

namespace Entente.Core.Ontology;

/// <summary>
/// Reads the ontology data file (relation-types.tsv, embedded in this assembly): one relation type a line, nine
/// tab-separated columns, '#' starts a comment. A bad line fails the load with the file name and line number, so a
/// typo in the ontology stops the program at start rather than quietly dropping a type or a trait.
/// </summary>
public static partial class RelationTypeFile
{
    public const string ResourceName = "ontology/relation-types.tsv";
    private const int Columns = 9;

    public static IReadOnlyList<RelationType> LoadEmbedded()
    {
        var asm = typeof(RelationTypeFile).Assembly;
        using var stream = asm.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"'{ResourceName}' is not embedded in {asm.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Read(reader, ResourceName);
    }

    /// <summary>Every type of the file in file order; errors name <paramref name="path"/> and the line.</summary>
    public static IReadOnlyList<RelationType> Read(TextReader reader, string path)
    {
        var types = new List<RelationType>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (n, line) in Files.DataFileLines.Read(reader))
        {
            var type = Parse(line.Split('\t', StringSplitOptions.TrimEntries), msg => new FormatException($"{path}:{n}: {msg}"));
            if (!seen.Add(type.Id)) throw new FormatException($"{path}:{n}: '{type.Id}' is listed twice");
            types.Add(type);
        }
        return types;
    }

    private static RelationType Parse(string[] c, Func<string, FormatException> bad)
    {
        if (c.Length != Columns) throw bad($"expected {Columns} tab-separated columns, found {c.Length}");
        if (Array.FindIndex(c, x => x.Length == 0) is var empty and >= 0) throw bad($"column {empty + 1} is empty");
        var id = c[0];
        if (!KebabId().IsMatch(id)) throw bad($"'{id}' is not a kebab-case id");
        var sphere = Enum.TryParse<Sphere>(c[1], ignoreCase: true, out var s) && Enum.IsDefined(s) && c[1] == c[1].ToLowerInvariant()
            ? s : throw bad($"'{c[1]}' is not a sphere");
        var symmetric = c[4] switch
        {
            "symmetric" => true,
            "directed" => false,
            _ => throw bad($"direction '{c[4]}' is neither 'directed' nor 'symmetric'"),
        };
        var stance = KebabCase.TryParse<Stance>(c[5], out var st) ? st : throw bad($"'{c[5]}' is not a stance");
        if ((stance == Stance.Cooperative) != sphere.IsCooperative())
            throw bad($"stance '{c[5]}' disagrees with sphere '{c[1]}': a type is hostile exactly when its sphere is");
        var objectKind = KebabCase.TryParse<ObjectKind>(c[6], out var k) ? k : throw bad($"'{c[6]}' is not an object kind");
        if (c[3] == "place" && objectKind != ObjectKind.Place) throw bad($"the object role is 'place' but the object kind is '{c[6]}'");
        var cameo = c[8] == "-" ? null : CameoCode().IsMatch(c[8]) ? c[8] : throw bad($"'{c[8]}' is not a CAMEO code (digits) or '-'");
        return new RelationType(id, sphere, c[2], c[3], symmetric, cameo, stance, objectKind, Groups(c[7], bad));
    }

    private static RelationGroups Groups(string column, Func<string, FormatException> bad)
    {
        if (column == "-") return RelationGroups.None;
        var groups = RelationGroups.None;
        foreach (var name in column.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!KebabCase.TryParse<RelationGroups>(name, out var g) || g == RelationGroups.None) throw bad($"'{name}' is not a group");
            if ((groups & g) != 0) throw bad($"group '{name}' is listed twice");
            groups |= g;
        }
        return groups;
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabId();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex CameoCode();
}
