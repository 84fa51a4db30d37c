namespace Entente.Extraction.Relations;

/// <summary>A relation trigger found in a sentence, tokens [First, Last), with the frame that finds its arguments.</summary>
public sealed record TriggerMention(int First, int Last, TriggerEntry Entry);
