namespace Entente.Analysis.Hypotheses;

/// <summary>A hypotheses file that cannot be read; the message names the file and, where there is one, the line.</summary>
public sealed class HypothesisFileException(string message) : Exception(message);
