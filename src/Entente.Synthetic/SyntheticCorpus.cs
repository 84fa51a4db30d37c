using Entente.Extraction.Readers;

namespace Entente.Synthetic;

/// <summary>
/// A corpus of a chosen size for speed measurements, made by copying sample documents over and over
/// into a directory. Copies keep their format and content, so reading, extraction and serialization do
/// the same work per byte as on the samples themselves.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Writes copies of the readable files under <paramref name="samplesDir"/> until at least <paramref name="targetBytes"/> are written; returns the files and their total size.</summary>
    public static (IReadOnlyList<string> Files, long Bytes) Write(string samplesDir, string outputDir, long targetBytes)
    {
        var samples = DocumentPaths.Expand([samplesDir]).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        if (samples.Count == 0) throw new DocumentReadException(samplesDir, "holds no readable sample documents to build a corpus from");
        Directory.CreateDirectory(outputDir);
        var files = new List<string>();
        long total = 0;
        for (var i = 0; total < targetBytes; i++)
        {
            var (name, bytes) = samples[i % samples.Count];
            var path = Path.Combine(outputDir, $"{i:D6}-{name}");
            File.WriteAllBytes(path, bytes);
            files.Add(path);
            total += bytes.Length;
        }
        return (files, total);
    }
}
