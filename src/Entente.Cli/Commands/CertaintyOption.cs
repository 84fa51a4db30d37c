using Entente.Cli.Framework;
using Entente.Core.Ontology;

namespace Entente.Cli.Commands;

/// <summary>
/// --certainty means one thing in every command: a floor. "reported" keeps asserted, likely and reported claims, as the
/// analysis commands always read it; claims list once read it as an exact set, so the same words gave other claims.
/// </summary>
internal static class CertaintyOption
{
    public const string Help = "only claims at least this certain (asserted, likely, reported, alleged, possible, denied, false)";

    public static OptionSpec Spec => new("certainty", Help);

    /// <summary>The least certainty asked for, or null when --certainty is not given.</summary>
    public static Certainty? Floor(ParsedArgs args) => args.Get("certainty") is { } c
        ? CertaintyScales.TryParseCertainty(c, out var parsed) ? parsed
            : throw new UsageException($"--certainty: '{c}' is not a certainty; use asserted, likely, reported, alleged, possible, denied or false")
        : null;

    /// <summary>The certainties at or above the floor, for a store query; empty (no filter) without one.</summary>
    public static List<Certainty> AtLeast(ParsedArgs args) =>
        Floor(args) is { } least ? Enum.GetValues<Certainty>().Where(x => x <= least).ToList() : [];
}
