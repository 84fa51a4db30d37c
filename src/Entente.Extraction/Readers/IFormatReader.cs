namespace Entente.Extraction.Readers;

/// <summary>Reads one file format. Readers are stateless; <see cref="DocumentReader"/> picks one by extension.</summary>
public interface IFormatReader
{
    /// <summary>Lower-case extensions with the dot: ".md".</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the file's bytes; <paramref name="path"/> is for messages. Throws <see cref="DocumentReadException"/>.</summary>
    RawDocument Read(byte[] bytes, string path);
}
