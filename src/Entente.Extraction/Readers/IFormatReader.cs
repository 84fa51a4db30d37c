namespace Entente.Extraction.Readers;

/// <summary>
/// Reads one file format; <see cref="DocumentReader"/> picks one by extension. A reader keeps nothing about the files
/// it read, though it may keep a parser for the next one (each <see cref="DocumentReader"/> has its own readers).
/// </summary>
public interface IFormatReader
{
    /// <summary>Lower-case extensions with the dot: ".md".</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the file's bytes; <paramref name="path"/> is for messages. Throws <see cref="DocumentReadException"/>.</summary>
    RawDocument Read(byte[] bytes, string path);
}
