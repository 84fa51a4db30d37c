namespace Entente.Interchange.Text;

/// <summary>
/// Our small code tables shipped in Data/*.csv as embedded resources: a header line, then one row per
/// code as "code,iso3,name" (the name is last so it may hold commas). Read once per table; never changed.
/// </summary>
public static class CodeTable
{
    public static Dictionary<string, (string Iso3, string Name)> Load(string file, IEqualityComparer<string>? comparer = null)
    {
        using var stream = typeof(CodeTable).Assembly.GetManifestResourceStream("interchange/" + file)
            ?? throw new InvalidOperationException($"the code table {file} is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, (string, string)>(comparer ?? StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',', 3);
            table[f[0]] = (f[1], f[2]);
        }
        return table;
    }
}
