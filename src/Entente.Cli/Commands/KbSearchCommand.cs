using Entente.Cli.Framework;

namespace Entente.Cli.Commands;

/// <summary>`entente kb search QUERY`: entities named like the query, then those that belong to what it names.</summary>
public sealed class KbSearchCommand : ICliCommand
{
    public string Name => "kb search";
    public string Summary => "find knowledge-base entities by name, alias, adjective or owner";
    public string Arguments => "QUERY";

    /// <summary>A name may be typed unquoted over several words ("Islamic State"); they are joined into one.</summary>
    public int MaxArguments => int.MaxValue;
    public IReadOnlyList<OptionSpec> Options => [new("limit", "at most this many results (default 50)"), Output.FormatOption];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context)
    {
        var query = string.Join(' ', args.Positional).Trim();
        if (query.Length == 0) throw new UsageException("missing QUERY");
        var format = Output.Format(args);
        var limit = args.GetInt("limit", 50);
        if (limit < 1) throw new UsageException($"--limit must be at least 1, not {limit}");
        var kb = await KnowledgeLoader.LoadAsync(args, context);
        var rows = kb.Search(query).Take(limit).ToList();
        Output.Write(context.Out, format, rows, KbColumns.Summary);
        return 0;
    }
}
