namespace Entente.TestSupport;

/// <summary>
/// A fresh directory for one test, deleted when disposed. It sits one level inside a folder of its own
/// (/tmp/entente-test-ID/work), because some readers look beside a folder too (a gold folder's alias tables come
/// from its parent and sibling folders): in the shared temp directory they would find other tests' folders,
/// which those tests delete while they are read.
/// </summary>
public sealed class TempDir : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "entente-test-" + Guid.NewGuid().ToString("N")[..12]);

    public TempDir()
    {
        Path = System.IO.Path.Combine(_root, "work");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
