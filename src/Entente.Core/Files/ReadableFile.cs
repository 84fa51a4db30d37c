namespace Entente.Core.Files;

/// <summary>
/// Checks a path before it is opened for reading. Opening a named pipe waits for a writer, and reading a device
/// never ends, so only regular files with content are read. .NET does not say what kind of file a path is on Unix,
/// but it does give the size, and a pipe, socket or device reports 0: refusing size 0 refuses them all (with the
/// empty files nobody wants to store either).
/// </summary>
public static class ReadableFile
{
    /// <summary>Why the path cannot be read ("no such file", "is empty, …"), or null when it is a regular file with content.</summary>
    public static string? Problem(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return Directory.Exists(path) ? "is a directory" : "no such file";
        return info.Length == 0 ? "is empty, or is not a regular file (a pipe, socket or device, which could block the read forever)" : null;
    }
}
