namespace Entente.Interchange.Text;

/// <summary>A line of a text file: its 1-based number, where it starts in the decoded text, and its text without the line break.</summary>
public readonly record struct TextLine(int Number, int Offset, string Text)
{
    public int End => Offset + Text.Length;
}

/// <summary>The file's bytes are not in the encoding its format uses; <see cref="Line"/> is where decoding failed.</summary>
public sealed class EncodingProblem(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
