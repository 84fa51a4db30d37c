namespace Entente.Core.Files;

/// <summary>
/// The lines of a tab-separated data file that hold something, with their numbers for error messages: '#' starts a
/// comment, and a line left blank by it is skipped. The ontology file and the extraction lexicons share this format.
/// </summary>
public static class DataFileLines
{
    public static IEnumerable<(int Line, string Text)> Read(TextReader reader)
    {
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (!string.IsNullOrWhiteSpace(line)) yield return (n, line);
        }
    }
}
