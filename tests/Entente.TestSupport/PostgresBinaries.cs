using System.Globalization;

namespace Entente.TestSupport;

/// <summary>Finds the folder holding initdb and pg_ctl: the highest Debian version under /usr/lib/postgresql, else PATH.</summary>
public static class PostgresBinaries
{
    public static string? Find()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var best = Directory.GetDirectories(debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: decimal.TryParse(Path.GetFileName(d), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(x => x.Version >= 0 && HasTools(x.Dir))
                .OrderByDescending(x => x.Version)
                .FirstOrDefault();
            if (best.Dir is not null) return best.Dir;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasTools);
    }

    private static bool HasTools(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}
