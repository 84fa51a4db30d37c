using Xunit;

namespace Entente.TestSupport;

/// <summary>
/// Finds ../shared (the team's sample data and eval set) from the repository root. Where it is absent,
/// as in a user's fresh clone, tests skip with a message; under CI=true they fail instead.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Root
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>The path of a file under ../shared, or a skip (a failure under CI) when it is missing.</summary>
    public static string Require(string relative)
    {
        var root = Root;
        var path = root is null ? null : Path.Combine(root, relative);
        if (path is not null && (File.Exists(path) || Directory.Exists(path))) return path;
        var message = $"../shared/{relative} is not here (a fresh clone has no shared data); this test needs it";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message + ", and CI must have it");
        Assert.Skip(message);
        return null!;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find Entente.slnx above " + AppContext.BaseDirectory);
    }
}
