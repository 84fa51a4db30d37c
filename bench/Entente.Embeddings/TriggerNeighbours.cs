namespace Entente.Embeddings;

public readonly record struct TriggerMatch(string Relation, string Phrase, float Cosine);

/// <summary>For a vector, the trigger phrase (and so the relation) it is nearest to by cosine.</summary>
public sealed class TriggerNeighbours(List<(string Relation, string Phrase)> triggers, float[][] vectors)
{
    public TriggerMatch Best(float[] vector) => Ranked(vector).First();

    /// <summary>The best match among triggers other than the word itself: what a word the lexicon lacked would get.</summary>
    public TriggerMatch BestOther(float[] vector, string word) => Ranked(vector).First(m => m.Phrase != word);

    /// <summary>The best match of another relation than <paramref name="relation"/>, to see how close the call was.</summary>
    public string RunnerUp(float[] vector, string relation, string word) =>
        Ranked(vector).First(m => m.Relation != relation && m.Phrase != word) is var m ? $"{m.Relation} {m.Cosine:0.00} ~{m.Phrase}" : "";

    private IEnumerable<TriggerMatch> Ranked(float[] vector) =>
        triggers.Select((t, i) => new TriggerMatch(t.Relation, t.Phrase, MiniLmEncoder.Cosine(vector, vectors[i])))
            .OrderByDescending(m => m.Cosine);
}
