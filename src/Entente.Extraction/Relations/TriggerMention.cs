namespace Entente.Extraction.Relations;

/// <summary>A relation trigger found in a sentence, tokens [First, Last), with the frame that finds its arguments.</summary>
public sealed record TriggerMention(int First, int Last, TriggerEntry Entry)
{
    /// <summary>One word of the sentence as the trigger of a construction's relation, its phrase the word as written in lower case.</summary>
    public static TriggerMention AtWord(Pipeline.SentenceAnalysis s, int k, string relation, string frame) =>
        new(k, k + 1, new TriggerEntry(s.Tokens[k].Lower, relation, frame));
}
