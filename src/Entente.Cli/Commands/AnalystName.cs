using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>
/// Who gives a verdict or a rating: <c>--as</c>, then <c>$ENTENTE_ANALYST</c>, then the <c>analyst:</c> line of the
/// config file (<c>$ENTENTE_CONFIG</c>, else <c>$XDG_CONFIG_HOME/entente/config</c>, else <c>~/.config/entente/config</c>),
/// then the operating-system user.
/// </summary>
public static class AnalystName
{
    public static readonly OptionSpec Option = new("as", "the analyst giving it (default: $ENTENTE_ANALYST, the config file's analyst:, then the OS user)");

    public static string Of(ParsedArgs args, CliContext context)
    {
        var name = args.Get("as") ?? context.Env("ENTENTE_ANALYST") ?? FromConfig(context)
            ?? context.Env("USER") ?? context.Env("USERNAME") ?? Environment.UserName;
        return string.IsNullOrWhiteSpace(name) ? throw new UsageException("who is the analyst? give --as NAME or set ENTENTE_ANALYST") : name.Trim();
    }

    /// <summary>The config file the environment points at; null when there is no home to look in.</summary>
    public static string? ConfigPath(CliContext context)
    {
        if (context.Env("ENTENTE_CONFIG") is { Length: > 0 } explicitPath) return explicitPath;
        var configHome = context.Env("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg
            : context.Env("HOME") is { Length: > 0 } home ? Path.Combine(home, ".config") : null;
        return configHome is null ? null : Path.Combine(configHome, "entente", "config");
    }

    /// <summary>The <c>analyst:</c> (or <c>analyst =</c>) line of the config file; other lines are left to other settings.</summary>
    private static string? FromConfig(CliContext context)
    {
        if (ConfigPath(context) is not { } path || !File.Exists(path)) return null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the config file: {e.Message}");
        }
        foreach (var line in lines)
        {
            var cut = line.IndexOfAny([':', '=']);
            if (cut > 0 && line[..cut].Trim().Equals("analyst", StringComparison.OrdinalIgnoreCase) && line[(cut + 1)..].Trim() is { Length: > 0 } name)
                return name;
        }
        return null;
    }
}
