using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>Who gives a verdict: <c>--as</c>, then <c>$ENTENTE_ANALYST</c>, then the operating-system user.</summary>
public static class AnalystName
{
    public static readonly OptionSpec Option = new("as", "the analyst giving the verdict (default: $ENTENTE_ANALYST, then the OS user)");

    public static string Of(ParsedArgs args, CliContext context)
    {
        var name = args.Get("as") ?? context.Env("ENTENTE_ANALYST") ?? context.Env("USER") ?? context.Env("USERNAME") ?? Environment.UserName;
        return string.IsNullOrWhiteSpace(name) ? throw new UsageException("who is the analyst? give --as NAME or set ENTENTE_ANALYST") : name.Trim();
    }
}
