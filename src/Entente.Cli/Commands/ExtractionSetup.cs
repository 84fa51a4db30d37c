using Entente.Cli.Framework;
using Entente.Extraction.Pipeline;
using Entente.Extraction.Readers;
using Entente.Extraction.Relations.Model;
using Entente.Knowledge;

namespace Entente.Cli.Commands;

/// <summary>The options that extract, ingest and bench share, and the reader and extractor they build.</summary>
public static class ExtractionSetup
{
    public static readonly OptionSpec Published = new("published", "publication date YYYY-MM-DD for every file, over what the files say");
    public static readonly OptionSpec Model = new("model", "a relation model file (entente train --out) to use instead of the shipped one");
    public static readonly OptionSpec Threshold = new("threshold", "the relation model's bar for claims no rule found, 0 to 1 (default: the model's own); higher is more precise, lower finds more");
    public static readonly OptionSpec RulesOnly = OptionSpec.Flag("rules-only", "let the hand-written rules alone decide, without the relation model");
    public static readonly OptionSpec Jobs = new("jobs", "documents extracted at once (default: one per core); output keeps the files' order");
    public static readonly OptionSpec MaxSize = new("max-size", $"largest file to read, in MB (default {DocumentReaderOptions.DefaultMaxBytes / (1024 * 1024)})");

    public static readonly OptionSpec DocTimeout = new("doc-timeout", $"seconds one document may take to extract before it fails and the run goes on (default {ExtractionBudget.DefaultTime.TotalSeconds:0})");

    /// <summary>The per-document time budget <c>--doc-timeout</c> gives, or the default.</summary>
    public static TimeSpan BudgetOf(ParsedArgs args)
    {
        if (args.Get("doc-timeout") is not { } text) return ExtractionBudget.DefaultTime;
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 86_400
            ? TimeSpan.FromSeconds(s)
            : throw new UsageException($"--doc-timeout takes a number of seconds above 0 (at most a day), not '{text}'");
    }

    public static DocumentReader Reader(ParsedArgs args)
    {
        var maxMb = args.GetInt("max-size", (int)(DocumentReaderOptions.DefaultMaxBytes / (1024 * 1024)));
        if (maxMb <= 0) throw new UsageException("--max-size must be a positive number of megabytes");
        return new DocumentReader(new DocumentReaderOptions
        {
            MaxBytes = maxMb * 1024L * 1024L,
            Published = args.GetDate("published"),
        });
    }

    public static int JobsOf(ParsedArgs args)
    {
        var jobs = args.GetInt("jobs", OrderedParallel.DefaultJobs);
        return jobs >= 1 ? jobs : throw new UsageException("--jobs must be at least 1");
    }

    /// <summary>The standard pipeline over the knowledge base extraction sees: shipped data plus the database's reviewed entities.</summary>
    public static async Task<(IClaimExtractor Extractor, KnowledgeBase Knowledge)> ExtractorAsync(ParsedArgs args, CliContext context)
    {
        var kb = await KnowledgeLoader.ForExtractionAsync(args, context);
        if (args.Has("rules-only") && args.Has("model")) throw new UsageException("--model and --rules-only exclude each other");
        if (args.Has("rules-only")) return (new ExtractionPipelineBuilder(kb).UseRulesOnly().Build(), kb);
        var threshold = args.Get("threshold") is { } t
            ? double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1 ? v : throw new UsageException($"--threshold takes a number from 0 to 1, not '{t}'")
            : (double?)null;
        if (threshold is not null && args.Has("rules-only")) throw new UsageException("--threshold is the relation model's; it means nothing with --rules-only");
        if (args.Get("model") is not { } path)
        {
            if (threshold is null) return (ExtractionPipeline.CreateDefault(kb), kb);
            var shipped = RelationModel.Shipped() ?? throw new CliException("this build ships no relation model; give one with --model");
            return (new ExtractionPipelineBuilder(kb).UseDefaults(shipped.WithThreshold(threshold.Value)).Build(), kb);
        }
        RelationModel model;
        try
        {
            using var stream = File.OpenRead(path);
            model = RelationModel.Read(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new CliException(e is FormatException ? e.Message : $"{path}: {e.Message}");
        }
        if (threshold is not null) model = model.WithThreshold(threshold.Value);
        return (new ExtractionPipelineBuilder(kb).UseDefaults(model).Build(), kb);
    }

    /// <summary>The files named on the command line, expanded; a usage error when none are given or found.</summary>
    public static IReadOnlyList<string> Files(ParsedArgs args)
    {
        if (args.Positional.Count == 0) throw new UsageException("name at least one file, directory or glob pattern");
        var files = DocumentPaths.Expand(args.Positional);
        if (files.Count == 0) throw new CliException($"no readable files in {string.Join(", ", args.Positional)} (Entente reads {string.Join(", ", DocumentReader.Extensions)})");
        return files;
    }

}
