using System.Text.Json;
using Entente.Core.Serialization;

namespace Entente.Cli.Framework;

/// <summary>
/// What a command that reads or writes in bulk (ingest, import, export, synth) did, in the one shape <c>--format json</c>
/// prints for all of them, so a script reads the counts the same way whichever command it ran. A count that means
/// nothing for a command (documents for export) is left out rather than given as 0.
/// </summary>
public sealed record RunSummary(string Command)
{
    /// <summary>The options of the commands that print one: the text report by default, or this object.</summary>
    public static readonly OptionSpec FormatOption = new("format", "table (the text report, default) or json (one object: documents, claims, entities, errors with file and line, elapsed seconds)");

    public DocumentCounts? Documents { get; init; }
    public ClaimCounts? Claims { get; init; }
    public EntityCounts? Entities { get; init; }
    public IReadOnlyList<RunError> Errors { get; init; } = [];
    public double ElapsedSeconds { get; init; }

    /// <summary>What the command wrote to besides the store (export's file, synth's database) and in which format.</summary>
    public string? Out { get; init; }
    public string? Format { get; init; }
    public bool? DryRun { get; init; }

    /// <summary>Each file's own counts, where one run reads several data sets (import).</summary>
    public IReadOnlyList<FileSummary>? Files { get; init; }

    /// <summary>table or json; csv is refused because a summary with a list of errors is not one table.</summary>
    public static OutputFormat FormatOf(ParsedArgs args) => Output.Format(args, OutputFormat.Table, OutputFormat.Json);

    public void WriteJson(TextWriter w) => w.WriteLine(CliJson.SerializeIndented(this));

    /// <summary>Seconds with millisecond precision: more digits would only be noise.</summary>
    public static double Seconds(TimeSpan elapsed) => Math.Round(elapsed.TotalSeconds, 3);
}

/// <param name="Read">Documents (files, data sets, generated sources) the command read.</param>
/// <param name="Skipped">Read but not added: already stored, or a dry run.</param>
public sealed record DocumentCounts(int Read, int Added, int Skipped, int Failed);

/// <param name="Read">Claims read from the input (import, export); null where the command does not read claims.</param>
/// <param name="Added">Claims new to the store; null for export, which adds none.</param>
/// <param name="Written">Claims written to the output file (export).</param>
public sealed record ClaimCounts(long? Read = null, long? Added = null, long? Written = null)
{
    /// <summary>New claims by sphere (ingest).</summary>
    public IReadOnlyDictionary<string, int>? BySphere { get; init; }
}

public sealed record EntityCounts(int Added);

/// <summary>One problem, located as the text report locates it: a file, and the line when the problem is on one.</summary>
public sealed record RunError(string File, int? Line, string Message);

/// <summary>One input file of a run over several: what it gave and what became of it.</summary>
public sealed record FileSummary(string File, string Outcome, string? Source, long ClaimsRead, long ClaimsAdded, int EntitiesAdded, int RowsSkipped, int Errors);
