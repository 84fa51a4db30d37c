namespace Entente.Analysis.Briefing;

/// <summary>A brief that cannot be written honestly (nothing to cite); the message says why.</summary>
public sealed class BriefException(string message) : Exception(message);
