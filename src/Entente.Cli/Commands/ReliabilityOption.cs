using Entente.Cli.Framework;
using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>The `--reliability` option every command that rates sources shares, read by the one rule for A to F.</summary>
internal static class ReliabilityOption
{
    public static readonly OptionSpec Option = new("reliability", "Admiralty source reliability: A (completely reliable) to F (cannot be judged)");
    public static readonly OptionSpec Reason = new("reason", "why this rating (kept with it)");

    /// <summary>The letter given, or null without the option. A wrong letter is an error (exit 1) before anything is read or stored.</summary>
    public static Reliability? Of(ParsedArgs args) => args.Get("reliability") is not { } text ? null : Parse(text, "--reliability");

    public static Reliability Parse(string text, string what) =>
        Reliabilities.TryParse(text, out var r) ? r : throw new CliException($"{what}: {Reliabilities.Problem(text)}; nothing was changed");
}
