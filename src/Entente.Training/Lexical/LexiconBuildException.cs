namespace Entente.Training.Lexical;

/// <summary>
/// Input the lexicon builder cannot use: a WordNet directory or file that is missing, a line of it that does not
/// follow the WordNet database format, or a seed that names no WordNet sense. The message names the file and,
/// where there is one, the line.
/// </summary>
public sealed class LexiconBuildException(string message) : Exception(message)
{
    public static LexiconBuildException AtLine(string path, int line, string reason) => new($"{path}:{line}: {reason}");
}
