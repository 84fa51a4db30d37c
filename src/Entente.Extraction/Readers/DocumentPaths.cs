using System.IO.Enumeration;
using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Extraction.Readers;

/// <summary>
/// Expands the command line's files, directories and glob patterns ("reports/**/*.md") into a sorted
/// list of files. Directories are walked recursively and yield only files of a readable type; a file
/// named outright is kept whatever its type, so that the reader can say why it cannot read it.
/// A symbolic link to a directory is followed only to a directory not walked yet, so links that loop back
/// (a/up -> a) end the walk instead of repeating it until the path is too long.
/// </summary>
public static class DocumentPaths
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var arg in arguments)
        {
            if (Directory.Exists(arg)) files.AddRange(Sorted(FilesUnder(arg).Where(DocumentReader.IsReadable)));
            else if (arg.IndexOfAny(['*', '?']) >= 0) files.AddRange(Sorted(Glob(arg)));
            else files.Add(arg);
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.Order(StringComparer.Ordinal);

    /// <summary>Files matching a pattern: "*" and "?" within one path segment, "**" across any number of them.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWild = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWild);
        var baseDir = slash < 0 ? "." : slash == 0 ? "/" : normalized[..slash];
        if (!Directory.Exists(baseDir)) return [];
        var regex = ToRegex(normalized);
        return FilesUnder(baseDir).Where(f => regex.IsMatch(WithoutDotSlash(f.Replace('\\', '/'))));
    }

    /// <summary>Every file below a directory, each real directory walked once however many links lead to it.</summary>
    private static IEnumerable<string> FilesUnder(string root)
    {
        var walked = new HashSet<string>(StringComparer.Ordinal) { RealPath(root) ?? root };
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        return new FileSystemEnumerable<string>(root, (ref FileSystemEntry e) => e.ToSpecifiedFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => RealPath(e.ToFullPath()) is { } real && walked.Add(real),
        };
    }

    /// <summary>The directory a path finally names, through any links; null for a link that loops or leads nowhere.</summary>
    private static string? RealPath(string directory)
    {
        try
        {
            var full = Path.GetFullPath(directory);
            return Directory.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string WithoutDotSlash(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;

    private static Regex ToRegex(string pattern)
    {
        var sb = new StringBuilder("^");
        pattern = WithoutDotSlash(pattern);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
