namespace Entente.Extraction.Readers;

/// <summary>A file that cannot be read as a document. The message names the file, and the line where one is known.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string path, string problem, int? line = null, Exception? inner = null)
        : base($"{path}{(line is { } l ? $":{l}" : "")}: {problem}", inner)
    {
        Path = path;
        Line = line;
        Problem = problem;
    }

    public string Path { get; }
    public int? Line { get; }
    public string Problem { get; }
}
