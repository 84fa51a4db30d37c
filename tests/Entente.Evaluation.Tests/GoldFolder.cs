using Entente.TestSupport;

namespace Entente.Evaluation.Tests;

/// <summary>
/// A gold folder written for one test, inside its own temp directory so that the alias files of the folder's
/// parent and siblings are only the ones the test writes.
/// </summary>
public sealed class GoldFolder : IDisposable
{
    private readonly TempDir _root = new();

    public GoldFolder(string name = "gold")
    {
        Path = System.IO.Path.Combine(_root.Path, name);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The temp directory above the gold folder (its parent, where shared alias files live).</summary>
    public string Parent => _root.Path;

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    /// <summary>A text and its gold file; <paramref name="claims"/> is the JSON of the claims list.</summary>
    public void Document(string name, string text, string claims, string published = "\"2024-03-01\"")
    {
        Write(name + ".txt", text);
        Write(name + ".gold.json", $$"""{"document": "{{name}}.txt", "published": {{published}}, "claims": {{claims}}}""");
    }

    public void Dispose() => _root.Dispose();
}
